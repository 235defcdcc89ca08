# Benchmark: log processing — a regex parser into __slots__ events with an Enum level, a
# contextmanager, asyncio.gather over 15,000 handlers sharing a Lock, sort by attrgetter,
# groupby, logging warnings (to stderr); prints the summary.
import asyncio
import enum
import logging
import re
import contextlib
from typing import Optional, List, Dict
from itertools import groupby
from operator import attrgetter, itemgetter

logging.basicConfig(level=logging.WARNING, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")


class Level(enum.Enum):
    LOW = 1
    MID = 2
    HIGH = 3


class Event:
    __slots__ = ("ts", "level", "msg", "tags")

    def __init__(self, ts: int, level: Level, msg: str, tags: Optional[List[str]] = None):
        self.ts = ts
        self.level = level
        self.msg = msg
        self.tags = tags or []

    @property
    def key(self):
        return (self.level.value, self.ts)

    def __repr__(self):
        return f"Event({self.ts}, {self.level.name}, {self.msg!r})"


LINE = re.compile(r"^(\d+) \[(\w+)\] (.*?)(?: #(\w+))*$")


def parse(lines):
    out = []
    for line in lines:
        m = LINE.match(line)
        if not m:
            log.debug("skip %s", line)
            continue
        ts, lvl, msg = int(m.group(1)), Level[m.group(2)], m.group(3)
        tags = re.findall(r"#(\w+)", line)
        out.append(Event(ts, lvl, msg, tags))
    return out


@contextlib.contextmanager
def section(name, stats):
    stats[name] = stats.get(name, 0) + 1
    try:
        yield name
    finally:
        stats[name + "_done"] = stats.get(name + "_done", 0) + 1


async def handle(ev: Event, results: Dict[str, int], lock: asyncio.Lock):
    await asyncio.sleep(0)
    async with lock:
        for t in ev.tags:
            results[t] = results.get(t, 0) + 1
    if ev.level is Level.HIGH and ev.ts % 997 == 0:
        log.warning("high event %d", ev.ts)
    return len(ev.msg)


async def main():
    levels = ["LOW", "MID", "HIGH"]
    lines = [f"{i} [{levels[i % 3]}] message number {i} #t{i % 5} #g{i % 2}" for i in range(15000)]
    lines.append("garbage line")
    stats = {}
    with section("parse", stats):
        events = parse(lines)
    results = {}
    lock = asyncio.Lock()
    with section("handle", stats):
        sizes = await asyncio.gather(*(handle(e, results, lock) for e in events))
    events.sort(key=attrgetter("key"))
    grouped = {lvl.name: len(list(g)) for lvl, g in groupby(events, key=attrgetter("level"))}
    pairs = sorted(results.items(), key=itemgetter(1), reverse=True)
    print(len(events), sum(sizes), grouped, pairs[:3], stats)
    print(events[0], events[-1], "%-8s|%5.2f|%x" % ("x", 3.14159, 255))
    try:
        Level(7)
    except ValueError as e:
        print(e)


asyncio.run(main())
