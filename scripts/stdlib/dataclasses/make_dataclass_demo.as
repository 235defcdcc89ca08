# make_dataclass builds a record type at run time from column names.
from dataclasses import make_dataclass, field, fields, asdict

columns = [("city", str), ("temp", float), ("rain", float, field(default=0.0))]
Row = make_dataclass("Row", columns, order=True)
rows = [Row("Oslo", 4.5, 1.2), Row("Rome", 18.0), Row("Lima", 19.5, 0.1)]
for r in sorted(rows):
    print(r)
print([f.name for f in fields(Row)], asdict(rows[1]), Row.__name__)
Simple = make_dataclass("Simple", ["a", "b"])
print(Simple(1, 2))
try:
    make_dataclass("Bad", ["x", "x"])
except TypeError as e:
    print(type(e).__name__, e)
