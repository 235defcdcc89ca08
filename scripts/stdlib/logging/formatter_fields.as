# Formatter fields from the record: where the call was made, the module and file, thread and
# process names, padding, and a fixed asctime through a formatTime override.
import logging
import sys


class FixedTime(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "2024-05-01 12:00:00"


log = logging.getLogger("fmt")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(FixedTime("%(asctime)s %(levelname)-8s|%(name)5s|%(module)s|%(filename)s|%(funcName)s:%(lineno)d| %(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)


def handler_function():
    log.debug("inside a function")


class Service:
    def start(self):
        log.info("inside a method")


handler_function()
Service().start()
log.warning("at module level")

h.setFormatter(logging.Formatter("%(threadName)s %(processName)s %(levelno)03d %(message)s"))
log.error("thread and process")
h.setFormatter(logging.Formatter("{levelname:>8} {name!r} {message}", style="{"))
log.info("brace formatting with conversions")
h.setFormatter(logging.Formatter("%(message)s %(user)s", defaults={"user": "anonymous"}))
log.info("with defaults")
log.info("with extra", extra={"user": "alice"})
try:
    log.info("bad extra", extra={"message": "x"})
except KeyError as e:
    print(type(e).__name__, e)

for fmt, style in (("no fields", "%"), ("%(oops", "%"), ("plain", "{"), ("plain", "$")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print(type(e).__name__, e)
f = logging.Formatter("%(message)s")
rec = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 20})
print(f.format(rec), f.usesTime(), logging.Formatter("%(asctime)s").usesTime())
