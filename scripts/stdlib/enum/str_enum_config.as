# Log levels and environments as StrEnums read from configuration strings.
from enum import StrEnum, auto


class Env(StrEnum):
    DEV = auto()
    STAGING = auto()
    PROD = auto()


class Level(StrEnum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"


config = {"env": "staging", "level": "info", "region": "eu"}
env = Env(config["env"])
level = Level(config["level"])
print(env, repr(env), env == "staging", env.upper(), f"[{env:^11}]")
print(level, repr(level), level.value, len(level), level + "!", "-".join(Level))
print([e.value for e in Env], Env.PROD in Env, isinstance(Env.DEV, str))
print({Env.DEV: 1}["dev"], "prod" == Env.PROD, sorted(Env))
try:
    Env("qa")
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)
