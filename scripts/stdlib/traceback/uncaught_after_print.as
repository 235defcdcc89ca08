# A handled error is reported with print_exc, then an unhandled one ends the script.
import traceback

def parse(s):
    return int(s)

for s in ["1", "x"]:
    try:
        print(parse(s))
    except ValueError:
        traceback.print_exc()
        print("recovered")
parse("y")
