# __import__: a plugin table naming modules as strings, loaded at run time.
PLUGINS = {"encode": ("base64", "b64encode"), "digest": ("hashlib", "sha256"), "path": ("os.path", "basename")}


def load(spec):
    module_name, attr = spec
    # With a fromlist, __import__ returns the named module itself, not its top package.
    module = __import__(module_name, fromlist=[attr])
    return getattr(module, attr)


print(load(PLUGINS["encode"])(b"plugin"))
print(load(PLUGINS["digest"])(b"x").hexdigest()[:16])
print(load(PLUGINS["path"])("/srv/app/main.py"))
print(__import__("os.path").__name__, __import__("collections.abc", fromlist=["x"]).__name__)
print(__import__("json", globals(), locals(), [], 0).dumps([1]))

for bad in [("nosuch_module", ()), ("", ()), (3, ())]:
    try:
        __import__(bad[0], fromlist=bad[1])
    except (ImportError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    __import__("os", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("sibling", globals(), None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
