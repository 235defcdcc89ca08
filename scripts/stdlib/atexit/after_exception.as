# atexit functions still run when the program dies of an uncaught exception: after the
# traceback, and one that raises is reported while the others run.
import atexit


class Cleanup:
    """A named cleanup step; its repr is what the report of its failure shows."""

    def __init__(self, name):
        self.name = name

    def __call__(self):
        raise RuntimeError(f"{self.name} failed")

    def __repr__(self):
        return f"<Cleanup {self.name}>"


atexit.register(print, "cleanup 1")
atexit.register(Cleanup("flush cache"))
atexit.register(print, "cleanup 2", "with", "args", sep="-")
print("working")
raise ValueError("the main module failed")
