# Checks: `import builtins` is the module of the built-in names: its attributes are the
# built-ins themselves, a name added to it is visible everywhere, and replacing one
# (builtins.print, as tests capture output) changes what every module calls.
import builtins

print(builtins.len is len, builtins.__name__, builtins, builtins.ValueError is ValueError)
builtins.app_version = "1.2"
print(app_version, eval("app_version"))

captured = []
real_print = builtins.print


def capture(*args, **kwargs):
    captured.append(" ".join(map(str, args)))


builtins.print = capture
print("hidden", 1)
import json

print(json.dumps([1]))
builtins.print = real_print
print(captured)
del builtins.app_version
try:
    app_version
except NameError as e:
    print("NameError:", e)
print(hasattr(builtins, "open"), "zip" in dir(builtins), callable(builtins.sorted))
