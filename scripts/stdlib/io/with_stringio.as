# StringIO as a context manager, and writelines.
import io

with io.StringIO() as out:
    out.writelines(["first\n", "second\n"])
    out.write("third")
    print(out.getvalue().splitlines())
    print(out.readable(), out.writable(), out.seekable())
print(out.closed)
log = io.StringIO()
def emit(level, msg):
    print(level.upper(), msg, sep=": ", file=log)
emit("info", "starting")
emit("warn", "low disk")
print(log.getvalue(), end="")
print(len(log.getvalue()))
