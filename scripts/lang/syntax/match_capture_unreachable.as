def describe(cmd):
    match cmd:
        case name:
            return "any " + name
        case "quit":
            return "bye"

print(describe("x"))
