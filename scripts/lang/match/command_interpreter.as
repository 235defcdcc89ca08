# A tiny command interpreter: each input line is split into words and dispatched with
# sequence patterns, literal alternatives, star captures and guards.

inventory = {"lamp": 1}
location = "hall"
exits = {"hall": {"north": "library", "east": "kitchen"}, "library": {"south": "hall"},
         "kitchen": {"west": "hall"}}


def run(line):
    global location
    match line.split():
        case []:
            return "say something"
        case ["look"]:
            return f"you are in the {location}"
        case ["go", direction] if direction in exits[location]:
            location = exits[location][direction]
            return f"you walk {direction} to the {location}"
        case ["go", direction]:
            return f"you cannot go {direction} from the {location}"
        case ["go"]:
            return "go where?"
        case ["take", *items] if items:
            for item in items:
                inventory[item] = inventory.get(item, 0) + 1
            return "taken: " + ", ".join(items)
        case ["drop", item] if inventory.get(item):
            inventory[item] -= 1
            return f"dropped {item}"
        case ["drop", item]:
            return f"you have no {item}"
        case ["inventory" | "inv" | "i"]:
            return ", ".join(f"{k} x{v}" for k, v in sorted(inventory.items()) if v) or "empty"
        case ["quit" | "exit" as word, *_]:
            return f"bye ({word})"
        case [verb, *rest]:
            return f"unknown verb {verb!r} with {len(rest)} argument(s)"


script = ["", "look", "go north", "look", "go west", "take book candle", "take", "inv",
          "drop book", "drop sword", "go", "go south", "go east", "dance wildly now", "i", "exit now"]
for line in script:
    print(f"> {line}")
    print(run(line))
