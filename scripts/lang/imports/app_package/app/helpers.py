print("helpers runs as", __name__)
from .models import Item
import app
app.LOADS.append("helpers")

def shout(s):
    return s.upper() + "!"
