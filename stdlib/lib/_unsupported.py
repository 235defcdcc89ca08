"""Functions that stand for what asyncscript does not support: calling one raises a clear
NotImplementedError, rather than the name being missing or doing something else."""


def refusing(qualname, why):
    """A function named like qualname ("signal.alarm") that raises NotImplementedError
    saying it is not supported, and why."""
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"{qualname}() is not supported by asyncscript: {why}")
    refuse.__name__ = refuse.__qualname__ = qualname.rpartition(".")[2]
    return refuse
