import contextlib, asyncio
@contextlib.asynccontextmanager
async def conn(name):
    print("open", name)
    try:
        yield name + "-conn"
    finally:
        print("close", name)
async def main():
    async with conn("db") as c:
        print("using", c)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(conn("a"))
        b = await st.enter_async_context(conn("b"))
        st.push_async_callback(asyncio.sleep, 0)
        print(a, b)
    try:
        async with conn("err"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print(v)
            if v == 1:
                break
async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen closed")
asyncio.run(main())
class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None); return False
@Timer()
def work():
    print("working")
work()
with contextlib.suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
import io, sys
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
with contextlib.ExitStack() as stack:
    stack.callback(lambda: print("cb1"))
    stack.callback(lambda: print("cb2"))
    new = stack.pop_all()
print("after with")
new.close()
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.chdir(".") if hasattr(contextlib, "chdir") else contextlib.nullcontext():
    print("chdir ok")
