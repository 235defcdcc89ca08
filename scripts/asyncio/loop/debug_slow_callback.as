# Debug mode logs a callback or task step that runs for slow_callback_duration seconds or
# more on the "asyncio" logger, as "Executing <what> took N seconds"; it names the task for a
# task step and the handle otherwise, with where it was created. The handler below prints the
# figure rounded and a timer handle's deadline masked, as they differ from run to run.
import asyncio
import logging
import re
import time


def show(*objs):
    # CPython names the script by its absolute path: keep only the file's base name.
    text = " ".join(o if isinstance(o, str) else repr(o) for o in objs)
    print(" ".join(word[word.rfind("/") + 1:] for word in text.split(" ")))


class Show(logging.Handler):
    def emit(self, record):
        what, took = record.args
        what = re.sub(r"when=[0-9.]+", "when=...", what)
        show(record.name, record.levelname, record.msg % (what, round(took, 1)))


logging.getLogger("asyncio").addHandler(Show())


async def slow_step(label):
    time.sleep(0.25)
    print("step of", label)
    await asyncio.sleep(0)
    print("second step of", label)


def slow_callback(label):
    time.sleep(0.25)
    print("callback", label)


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "slow_callback_duration:", loop.slow_callback_duration)
    task = asyncio.Task(slow_step("a"), name="a")
    show(task)
    handle = loop.call_soon(slow_callback, "soon")
    show(handle)
    await task
    show(task)
    loop.call_later(0.01, slow_callback, "later")
    await asyncio.sleep(0.1)

    loop.slow_callback_duration = 0.3
    print("slow_callback_duration:", loop.slow_callback_duration)
    await loop.create_task(slow_step("b"))
    loop.slow_callback_duration = 0.2
    await loop.create_task(slow_step("c"), name="c")

    fut = asyncio.Future()
    show(fut)
    loop.call_soon(fut.set_result, 7)
    show(str(await fut), fut)


asyncio.run(main(), debug=True)


async def quiet():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    await asyncio.Task(slow_step("quiet"))
    loop.call_soon(slow_callback, "quiet")
    await asyncio.sleep(0)
    show(loop.call_soon(print, "no source"))


asyncio.run(quiet())
