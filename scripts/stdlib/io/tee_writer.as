# A tee object that writes to two streams, used as print's file.
import io

class Tee:
    def __init__(self, *streams):
        self.streams = streams
        self.writes = 0

    def write(self, s):
        self.writes += 1
        for st in self.streams:
            st.write(s)
        return len(s)

    def flush(self):
        print("flushed", self.writes, "writes")

a, b = io.StringIO(), io.StringIO()
tee = Tee(a, b)
print("hello", "world", file=tee)
print("x", "y", "z", sep=",", end=";\n", file=tee, flush=True)
print(a.getvalue() == b.getvalue(), repr(a.getvalue()))
print(tee.writes)
try:
    print("no write method", file=42)
except AttributeError as e:
    print("AttributeError:", e)
