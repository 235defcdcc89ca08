# Pretty-printing a table of records, compact lists and tuples.
import pprint

rows = [{"id": i, "name": f"user{i}", "roles": ["admin", "dev", "ops"][: i % 4], "score": i * 1.25} for i in range(5)]
pprint.pprint(rows)
pprint.pprint(rows, width=40)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), width=40, compact=True)
pprint.pprint([tuple(range(i)) for i in range(8)], width=30)
pprint.pprint((("a",), ("b", "c"), ()), width=10)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, width=25)
