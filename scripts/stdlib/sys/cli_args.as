# A command-line tool that parses its own arguments from sys.argv.
import sys

def parse(argv):
    opts = {"verbose": False, "count": 1}
    rest = []
    for arg in argv:
        if arg == "-v":
            opts["verbose"] = True
        elif arg.startswith("--count="):
            opts["count"] = int(arg.split("=", 1)[1])
        else:
            rest.append(arg)
    return opts, rest

script = sys.argv[0]
print("script ends with .as:", script.endswith(".as"))
print("no extra arguments:", sys.argv[1:] == [])
opts, rest = parse(["-v", "--count=3", "file.txt"])
print(opts, rest)
for i in range(opts["count"]):
    print("processing", rest[0], "pass", i + 1)
