# wait_for timing out: the inner task sees CancelledError and its finally runs before
# TimeoutError reaches the caller; the TimeoutError is chained from the CancelledError.
import asyncio


async def slow():
    try:
        print("slow: sleeping")
        await asyncio.sleep(10)
        print("slow: never")
    except asyncio.CancelledError as e:
        print("slow: cancelled", repr(e))
        raise
    finally:
        print("slow: finally")


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.02)
    except TimeoutError as e:
        print("caller: TimeoutError", repr(e))
        print("cause:", type(e.__cause__).__name__)
        print("suppress context:", e.__suppress_context__)
    print("task done:", t.done(), "cancelled:", t.cancelled())
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
