print("services runs as", __name__, "package", __package__)
from .. import LOADS
LOADS.append("services")
from . import store
