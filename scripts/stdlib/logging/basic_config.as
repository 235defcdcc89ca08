# basicConfig on stdout with a format and level; a second call is ignored unless force=True;
# bad arguments raise CPython's errors.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(lineno)d:%(message)s")
logging.info("service starting on port %d", 8080)
logging.debug("hidden at INFO")
logging.basicConfig(stream=sys.stdout, format="IGNORED %(message)s")
logging.warning("second basicConfig had no effect")
logging.basicConfig(stream=sys.stdout, format="[%(levelname)s] %(message)s", force=True, level="DEBUG")
logging.debug("now visible after force")
print(len(logging.getLogger().handlers), logging.getLogger().level)

for kwargs in ({"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [logging.NullHandler()], "stream": sys.stdout},
               {"style": "#"},
               {"frobnicate": 1}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
logging.basicConfig(stream=sys.stdout, force=True, style="{", format="{levelname}|{message}")
logging.error("brace style")
logging.basicConfig(stream=sys.stdout, force=True, style="$", format="$levelname ${message}!")
logging.critical("dollar style")
