# A validator that stops with an error status through sys.exit.
import sys

def validate(records):
    bad = [r for r in records if r.get("qty", 0) < 0]
    return bad

records = [{"id": 1, "qty": 3}, {"id": 2, "qty": -1}, {"id": 3, "qty": 0}]
bad = validate(records)
print("checked", len(records), "records")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit with code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught exit:", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code:", e.code)
try:
    if bad:
        print("invalid records:", [r["id"] for r in bad])
        sys.exit(2)
    print("not reached")
except SystemExit as e:
    print("would exit with status", e.code)
