# A config loader that turns a bad date into its own error, which ends the program.
from datetime import date

class ConfigError(Exception):
    pass

config = {"start": (2024, 1, 15), "end": (2024, 14, 1)}
for key, parts in config.items():
    try:
        print(key, date(*parts))
    except ValueError as e:
        raise ConfigError(f"{key}: {e}") from None
