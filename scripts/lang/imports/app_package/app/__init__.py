print("app/__init__ runs as", __name__, "package", __package__)
LOADS = []
VERSION = "1.0"
from . import models
from .services import store as _store
LOADS.append("app")
