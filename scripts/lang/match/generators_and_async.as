# Match statements in generators and coroutines: yield in case bodies, await in the subject
# and in guards.
import asyncio


def parse(lines):
    for line in lines:
        match line.split("=", 1):
            case [key, value] if key.strip():
                yield key.strip(), value.strip()
            case [comment] if comment.startswith("#"):
                continue
            case [""]:
                continue
            case _:
                yield "error", line


print(list(parse(["a = 1", "# comment", "", "b=two", "=bad", "noequals"])))


async def fetch(key):
    await asyncio.sleep(0.01)
    return {"user": {"name": "ada", "roles": ["admin"]}, "empty": {}}.get(key)


async def is_allowed(role):
    await asyncio.sleep(0)
    return role == "admin"


async def main():
    for key in ["user", "empty", "missing"]:
        match await fetch(key):
            case {"name": name, "roles": [role, *_]} if await is_allowed(role):
                print(key, "->", name, "is an allowed", role)
            case {}:
                print(key, "-> empty record")
            case None:
                print(key, "-> not found")


asyncio.run(main())
