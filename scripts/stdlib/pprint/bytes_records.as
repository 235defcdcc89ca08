# pprint of bytes and bytearray split into 4-byte groups, SimpleNamespace records and
# dataclass instances over lines, inside lists and dicts.
import pprint
from dataclasses import dataclass, field
from types import SimpleNamespace

packet = bytes(range(48))
pprint.pprint(packet, width=40)
pprint.pprint({"payload": packet, "crc": b"\x12\x34"}, width=40)
pprint.pprint([b"GET /index.html HTTP/1.1\r\nHost: example.org\r\n\r\n"], width=30)
pprint.pprint(bytearray(b"hello world, hello bytes, hello pprint"), width=30)
pprint.pprint(b"abcdefgh" * 4, width=20)
pprint.pprint(b"abc", width=1)


@dataclass
class Server:
    name: str
    ports: list
    env: dict = field(default_factory=dict)
    secret: str = field(default="hunter2", repr=False)


@dataclass
class Cluster:
    region: str
    servers: list


cluster = Cluster("eu-west", [Server("web", [80, 443], {"MODE": "prod", "WORKERS": "8"}),
                              Server("db", [5432], {"DATA": "/var/lib/postgresql/data"})])
pprint.pprint(cluster)
pprint.pprint(cluster, width=40)


@dataclass
class Custom:
    items: list

    def __repr__(self):
        return f"Custom<{len(self.items)} items>"


pprint.pprint([Custom(list(range(50)))] * 2, width=20)

job = SimpleNamespace(id=17, steps=["fetch", "build", "test", "deploy"],
                      options={"parallel": True, "retries": 2, "notify": ["ops@example.org"]})
pprint.pprint(job, width=50)
pprint.pprint({"jobs": [job]}, width=40)


class Record(SimpleNamespace):
    pass


pprint.pprint(Record(kind="audit", fields=list(range(15))), width=30)

from types import MappingProxyType

pprint.pprint(MappingProxyType({f"key{i}": "v" * i for i in range(6)}), width=30)
