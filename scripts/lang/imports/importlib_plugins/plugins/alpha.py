from . import LOADED

LOADED.append(__name__)


def run(x):
    return f"alpha({x})"
