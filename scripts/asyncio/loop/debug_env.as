# A non-empty PYTHONASYNCIODEBUG in os.environ turns debug mode on for every loop made
# afterwards, as CPython reads it when a loop is made; asyncio.run(debug=...) overrides it.
import asyncio
import os


def new_loop_debug():
    loop = asyncio.new_event_loop()
    try:
        return loop.get_debug()
    finally:
        loop.close()


async def main():
    return asyncio.get_running_loop().get_debug()


os.environ.pop("PYTHONASYNCIODEBUG", None)
print("unset:", new_loop_debug(), asyncio.run(main()))
os.environ["PYTHONASYNCIODEBUG"] = "1"
print("set:", new_loop_debug(), asyncio.run(main()))
print("set, run(debug=False):", asyncio.run(main(), debug=False))
with asyncio.Runner(debug=0) as runner:
    print("set, Runner(debug=0):", runner.run(main()))
os.environ["PYTHONASYNCIODEBUG"] = ""
print("empty:", new_loop_debug(), asyncio.run(main()))
print("empty, run(debug=True):", asyncio.run(main(), debug=True))
