"""A module that builds its heavier names on first use (PEP 562 __getattr__)."""

built = []


def _make(name):
    built.append(name)
    return f"<plugin {name}>"


def __getattr__(name):
    if name.startswith("plugin_"):
        value = _make(name[len("plugin_"):])
        globals()[name] = value  # cached: __getattr__ is not asked again
        return value
    if name == "broken":
        raise ValueError("broken plugin")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def lookup_zzz():
    # Inside the module, a missing global is a NameError: __getattr__ is for attributes.
    try:
        return plugin_zzz  # noqa: F821
    except NameError as e:
        return f"NameError: {e}"


def __dir__():
    return ["plugin_alpha", "built", "plugin_any"]
