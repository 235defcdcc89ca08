# What a program asks about where it runs: the values are the same for asyncscript and
# CPython on this machine except the implementation's name, printed only as a choice.
import platform
import sys

print(platform.system(), platform.machine())
print(platform.system() == {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}[sys.platform])
print(platform.python_version_tuple()[:2], platform.python_version().startswith("3.11."))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_implementation() in ("CPython", "asyncscript"))
print(platform.python_implementation().lower() == sys.implementation.name)
