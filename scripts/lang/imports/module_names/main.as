# Checks: __name__ is "__main__" only in the main script; a module's own
# `if __name__ == "__main__":` block does not run when it is imported; module reprs and
# the names each module sees.
import greet
import tools.text
from tools import text as t

print("main __name__:", __name__)
print(greet.__name__, tools.__name__, tools.text.__name__, t.__name__)
print(greet.hello("world"))
print(t.banner("done"))
print(repr(greet).startswith("<module 'greet' from '"), repr(greet).endswith("greet.py'>"))
print(sorted(n for n in dir(greet) if not n.startswith("__")))
print(sorted(n for n in dir(greet) if n in ("__name__", "__file__", "__package__")))
if __name__ == "__main__":
    print("main guard runs in the main script")
