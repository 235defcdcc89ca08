# Checks: a package with subpackages and relative imports (app/, app/services/), imported the
# ways CPython allows: `import app`, `import app.services.store`, `import ... as`, `from app
# import models` and a submodule imported on demand by `from app import`; each module runs
# once, is in sys.modules and becomes an attribute of its parent; __name__, __package__,
# __file__ and __path__ as CPython sets them.
import sys
import app
print("main:", __name__, __package__, __spec__)
print("app:", app.__name__, app.__package__, app.VERSION)
print("app is a package:", hasattr(app, "__path__"), type(app.__path__).__name__, len(app.__path__))
print("app file:", app.__file__.endswith("__init__.py"), app.__path__[0].endswith("app"))

import app.services.store
print("store module:", app.services.store.__name__, app.services.store.__package__)
print("services:", app.services.__name__, app.services.__package__)

import app.services.store as st
from app.services import store
print("same module:", st is store is app.services.store is sys.modules["app.services.store"])

from app.services.store import Store, make_store
s = make_store()
s.add("apple", 3)
s.add("pear", 1)
print(s.describe())
print(type(s.items[0]).__module__, type(s.items[0]).__qualname__)

from app import models
print("models:", models is app.models, models.Item.__module__)

# Not imported by app/__init__.py: the `from` import loads it.
print("helpers loaded before:", "app.helpers" in sys.modules, hasattr(app, "helpers"))
from app import helpers
print("helpers loaded after:", "app.helpers" in sys.modules, app.helpers is helpers)
print(helpers.shout("hi"))

import app.models, app.helpers
print("loaded once:", app.LOADS)
print(sorted(k for k in sys.modules if k == "app" or k.startswith("app.")))
print("file names:", [m.__file__.rsplit("/", 2)[-2:] for m in (app.models, app.services, store)])
