# An error from gather re-raised with 'from' ends the program.
import asyncio


class ConfigError(Exception):
    pass


async def load(name):
    await asyncio.sleep(0.01)
    if name.endswith(".bad"):
        raise ConfigError(f"cannot parse {name}")
    return {"name": name}


async def load_all(names):
    try:
        return await asyncio.gather(*(load(n) for n in names))
    except ConfigError as e:
        raise RuntimeError("startup failed") from e


async def main():
    cfgs = await load_all(["a.ini", "b.ini"])
    print("loaded", [c["name"] for c in cfgs])
    await load_all(["c.ini", "d.bad"])


asyncio.run(main())
