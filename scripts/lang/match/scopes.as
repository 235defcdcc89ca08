# Names bound by patterns follow the usual scope rules: local in functions, class attributes
# in class bodies, globals with `global`, cells when an inner function uses them.

result = None


def set_global(v):
    global result
    match v:
        case [result, *_]:
            pass


set_global([7, 8])
print("global result:", result)


def closure(v):
    match v:
        case {"name": name}:
            def greet():
                return "hello " + name
            return greet
    return lambda: "nobody"


print(closure({"name": "ada"})(), closure({})())


def counter():
    count = 0

    def feed(event):
        nonlocal count
        match event:
            case ("inc", count):
                pass
            case "reset":
                count = 0
        return count
    return feed


feed = counter()
print(feed(("inc", 5)), feed("noop"), feed("reset"))


class Settings:
    match {"mode": "fast", "level": 2}:
        case {"mode": mode, "level": level}:
            description = f"{mode}:{level}"


print(Settings.mode, Settings.level, Settings.description)
print([y for x in [(1, 2), (3,), (4, 5)] for y in [x] if len(y) == 2])
