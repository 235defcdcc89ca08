# The dotted logger hierarchy: parents created after children adopt them, levels are
# inherited, propagation goes up to every ancestor's handlers unless stopped.
import logging
import sys


def make_handler(tag):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(f"{tag} %(name)s %(levelname)s %(message)s"))
    return h


leaf = logging.getLogger("app.net.http")
print(leaf.parent)
mid = logging.getLogger("app.net")
print(leaf.parent, mid.parent)
app = logging.getLogger("app")
print(mid.parent, app.parent, logging.getLogger("app.net.http") is leaf)
print(app.getChild("net") is mid, mid.getChild("http.client").name)

app.addHandler(make_handler("[app]"))
mid.addHandler(make_handler("[net]"))
app.setLevel(logging.DEBUG)
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG))

leaf.debug("request %s %s", "GET", "/")
mid.propagate = False
leaf.info("not propagated past net")
mid.propagate = True
mid.setLevel(logging.ERROR)
leaf.warning("filtered by net's level")
leaf.error("error reaches both")
print(leaf.hasHandlers(), logging.getLogger("other").hasHandlers())
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(repr(logging.getLogger("")), logging.getLogger(None).name)
try:
    logging.getLogger(42)
except TypeError as e:
    print(type(e).__name__, e)
