from . import LOADED
from .alpha import run as alpha_run

LOADED.append(__name__)


def run(x):
    return "beta+" + alpha_run(x)
