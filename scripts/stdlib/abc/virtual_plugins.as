# A plugin registry built on ABC.register: third-party classes that do not derive from the
# base are registered as virtual subclasses (by call or as a decorator), and the host
# checks plugins with isinstance/issubclass only.
import abc
from abc import ABC, abstractmethod


class Exporter(ABC):
    """Turns records into text."""

    @abstractmethod
    def export(self, records): ...

    @classmethod
    def describe(cls):
        return f"{cls.__name__} ({'virtual' if Exporter not in cls.__mro__ else 'derived'})"


class CsvExporter(Exporter):
    def export(self, records):
        return "\n".join(",".join(str(v) for v in r.values()) for r in records)


class LegacyJson:
    # A class from elsewhere: it has the method but not the base.
    def export(self, records):
        return "[" + ", ".join(repr(r) for r in records) + "]"


@Exporter.register
class Yaml:
    def export(self, records):
        return "\n".join(f"- {r}" for r in records)


class Broken:
    pass


print(Exporter.register(LegacyJson) is LegacyJson, Yaml.__name__)
records = [{"id": 1, "name": "ada"}, {"id": 2, "name": "bob"}]
for cls in (CsvExporter, LegacyJson, Yaml, Broken):
    ok = issubclass(cls, Exporter)
    print(f"{cls.__name__}: subclass={ok} instance={isinstance(cls(), Exporter)}")
    if ok:
        print(cls().export(records))
print(CsvExporter.describe(), Exporter in Yaml.__mro__, hasattr(Yaml, "describe"))


class FastYaml(Yaml):
    pass


print(issubclass(FastYaml, Exporter), isinstance(FastYaml(), Exporter))
print(type(Exporter).__name__, type(Exporter), type(CsvExporter) is abc.ABCMeta, type(ABC))
print(sorted(Exporter.__abstractmethods__), CsvExporter.__abstractmethods__)
try:
    Exporter()
except TypeError as e:
    print(type(e).__name__, e)
token = abc.get_cache_token()
Exporter.register(Broken)
print(isinstance(Broken(), Exporter), abc.get_cache_token() != token)
