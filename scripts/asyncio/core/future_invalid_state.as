# Future state errors: result()/exception() before done raise InvalidStateError (CPython 3.11's
# C implementation says "Result is not set." / "Exception is not set."); setting a result twice
# raises InvalidStateError "invalid state"; result() of a cancelled future raises CancelledError.
import asyncio

def attempt(label, fn, *args):
    try:
        print(label, "->", repr(fn(*args)))
    except asyncio.InvalidStateError as e:
        print(label, "-> InvalidStateError:", e)
    except asyncio.CancelledError as e:
        print(label, "-> CancelledError", e.args)

async def main():
    fut = asyncio.get_running_loop().create_future()
    attempt("result() pending", fut.result)
    attempt("exception() pending", fut.exception)
    attempt("set_result", fut.set_result, "v")
    attempt("set_result again", fut.set_result, "w")
    attempt("set_exception after", fut.set_exception, ValueError("x"))
    attempt("cancel() finished", fut.cancel)
    attempt("result()", fut.result)
    c = asyncio.get_running_loop().create_future()
    attempt("cancel()", c.cancel, "why")
    attempt("cancelled result()", c.result)
    attempt("set_result on cancelled", c.set_result, 1)
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
