"""The platform module: what the interpreter runs on and what it is.

system() and machine() name the operating system and processor the interpreter was built
for, as uname names them ("Linux", "x86_64"). python_implementation() is "asyncscript" and
python_version() the version of Python the language follows (sys.version_info), which is
what is true of asyncscript, not CPython's values. Not supported: node, release, version,
uname, platform, processor, architecture and the other host queries."""

import sys as _sys
from _platform import system as _system, machine as _machine


def system():
    """The operating system's name: 'Linux', 'Darwin', 'Windows', ..."""
    return _system


def machine():
    """The machine type: 'x86_64', 'aarch64', ..."""
    return _machine


def python_implementation():
    """The Python implementation: 'asyncscript' (sys.implementation.name)."""
    return _sys.implementation.name


def python_version_tuple():
    """The Python version the language follows, as a tuple of strings (major, minor, patch)."""
    v = _sys.version_info
    return (str(v.major), str(v.minor), str(v.micro))


def python_version():
    """The Python version the language follows, as 'major.minor.patch'."""
    return ".".join(python_version_tuple())
