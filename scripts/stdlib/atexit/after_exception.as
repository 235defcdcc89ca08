# atexit functions still run when the program dies of an uncaught exception: after the
# traceback, and one that raises is reported while the others run.
import atexit


def failing():
    raise RuntimeError("cleanup failed")


atexit.register(print, "cleanup 1")
atexit.register(failing)
atexit.register(print, "cleanup 2", "with", "args", sep="-")
print("working")
raise ValueError("the main module failed")
