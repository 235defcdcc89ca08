import plugins

print(plugins.plugin_alpha)
print(plugins.plugin_alpha, plugins.built)
print(getattr(plugins, "plugin_beta"), plugins.built)
print(hasattr(plugins, "plugin_gamma"), hasattr(plugins, "other"))
print(getattr(plugins, "other", "default"))
try:
    plugins.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    plugins.broken
except ValueError as e:
    print("ValueError:", e)
print(hasattr(plugins, "plugin_gamma"), sorted(plugins.built))

from plugins import plugin_delta
print(plugin_delta)
try:
    from plugins import other
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    from plugins import broken
except ValueError as e:
    print("ValueError:", e)
print(plugins.lookup_zzz())
print(dir(plugins))
import collections
print("UserDict" in dir(collections), "deque" in dir(collections))
