# Frozen dataclasses as immutable, hashable configuration values.
from dataclasses import dataclass, replace, FrozenInstanceError


@dataclass(frozen=True)
class DBConfig:
    host: str
    port: int = 5432
    user: str = "app"


base = DBConfig("db.local")
prod = replace(base, host="db.prod", user="svc")
print(base, prod, base == DBConfig("db.local"))
print(len({base, prod, DBConfig("db.local")}), hash(base) == hash(DBConfig("db.local")))
for action in (lambda: setattr(base, "port", 1), lambda: delattr(base, "host"),
               lambda: setattr(base, "extra", 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    replace(base, password="x")
except TypeError as e:
    print(type(e).__name__, e)
cache = {base: "connection-1"}
print(cache[DBConfig("db.local", 5432, "app")])
