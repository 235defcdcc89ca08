# Driving coroutines by hand, without an event loop: what an __await__ iterator yields comes
# out of coroutine.send(), and send()/throw() go back into it, as a scheduler of one's own sees.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        try:
            reply = yield self.what
        except KeyError as e:
            print("  request failed:", e)
            return None
        finally:
            print("  end of request", self.what)
        return reply


async def handler():
    a = await Request("read x")
    b = await Request("read y")
    c = await Request("read z")
    return [a, b, c]


def run(coro, replies):
    out = coro.send(None)
    while True:
        print("coroutine asks:", out)
        reply = replies.get(out)
        try:
            if isinstance(reply, BaseException):
                out = coro.throw(reply)
            else:
                out = coro.send(reply)
        except StopIteration as stop:
            return stop.value


print(run(handler(), {"read x": 1, "read y": KeyError("y"), "read z": 3}))
c = handler()
print(c.send(None), c.cr_running)
c.close()
print("closed", c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
w = handler().__await__()
print(next(w))
print(w.send(10))
w.close()
