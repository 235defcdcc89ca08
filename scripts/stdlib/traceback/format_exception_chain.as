# Formatting a chained exception into a list of strings.
import traceback

def tidy(chunk):
    if chunk.startswith('  File "'):
        path, rest = chunk[8:].split('"', 1)
        chunk = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
    return chunk

class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

try:
    read_port("http")
except ConfigError as e:
    chunks = traceback.format_exception(e)
    print(len(chunks))
    for c in chunks:
        print(repr(tidy(c)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__))[-30:])
