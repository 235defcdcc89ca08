# ExitStack.pop_all transfers cleanup ownership: a connection factory opens sockets in a
# stack, and only when every step succeeded hands the cleanup to the caller.
from contextlib import ExitStack


class Socket:
    opened = []

    def __init__(self, host):
        self.host = host
        Socket.opened.append(host)

    def close(self):
        print(f"  closing {self.host}")
        Socket.opened.remove(self.host)


def connect_all(hosts):
    with ExitStack() as stack:
        socks = []
        for h in hosts:
            if h.startswith("bad"):
                raise ConnectionError(f"refused: {h}")
            s = Socket(h)
            stack.callback(s.close)
            socks.append(s)
        cleanup = stack.pop_all()
    return socks, cleanup


socks, cleanup = connect_all(["a", "b", "c"])
print("connected:", [s.host for s in socks], "open:", Socket.opened)
with cleanup:
    print("working with", len(socks), "sockets")
print("after cleanup open:", Socket.opened)

try:
    connect_all(["x", "y", "bad-z"])
except ConnectionError as e:
    print(type(e).__name__, e, "open:", Socket.opened)

stack = ExitStack()
stack.callback(print, "closed explicitly", 1, 2, sep="|")
print("close returns", stack.close())
print("second close is a no-op:", stack.close())
