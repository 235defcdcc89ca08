# Long strings are split into implicitly concatenated pieces; sets are sorted.
import pprint

doc = {"title": "Release notes", "body": "This release improves the scheduler, fixes a race in the timer heap, and adds support for structured concurrency with task groups.\nIt also deprecates the old API.", "tags": sorted({"scheduler", "timers", "api", "deprecation", "concurrency"}), "frozen": frozenset({3, 1, 2})}
pprint.pprint(doc)
pprint.pprint(doc, width=40)
pprint.pprint("word " * 30)
pprint.pprint(["a fairly long string element that will not fit on one line with the others", "short"], width=40)
pprint.pprint(set(range(40)), width=30)
pprint.pprint(frozenset(), width=5)
pprint.pprint({"empty": {}, "e2": [], "e3": (), "e4": ""}, width=10)
