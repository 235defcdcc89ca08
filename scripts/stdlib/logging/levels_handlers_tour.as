import logging
import sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(lineno)d %(funcName)s | %(message)s", stream=sys.stdout)
log = logging.getLogger("app.db")
log.debug("connecting to %s:%d", "localhost", 5432)
log.info("connected")
def work():
    log.warning("slow query took %.2fs", 1.2345)
work()
log.error("failed: %r", {"code": 17})
log.critical("down!")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math problem", exc_info=False)
log.log(25, "custom level %s", "x")
logging.addLevelName(25, "NOTICE")
log.log(25, "now named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(10), logging.getLevelName(33))
print(log, logging.getLogger(), logging.getLogger("app"), log.parent, log.getEffectiveLevel(), log.level)
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("app.db") is log, log.name, log.propagate)
child = log.getChild("pool"); print(child.name, child)
log.setLevel(logging.ERROR); log.warning("hidden"); log.error("shown"); print(log)
logging.getLogger("other").info("info with args %s %s", 1, [2])
logging.info("root message")
logging.warning("%d%% done", 50)
log.info("lazy %s", "skip")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)s: %(message)s"))
h.setLevel(logging.INFO)
special = logging.getLogger("special"); special.addHandler(h); special.propagate = False
special.warning("via own handler"); special.debug("never"); print(h, special.handlers)
class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return "secret" not in record.msg.lower()
special.addFilter(Upper()); special.warning("filtered msg"); special.warning("secret msg")
f = logging.Formatter("%(asctime)s", datefmt="%Y"); print(len(f.format(logging.LogRecord("n", 10, "p", 1, "m", None, None))))
rec = logging.LogRecord("rec", logging.INFO, "/x/y.py", 42, "hello %s", ("w",), None)
print(rec, rec.getMessage(), rec.levelname, rec.pathname, rec.filename, rec.module, rec.lineno)
print(logging.Formatter("%(message)s|%(levelno)s").format(rec), logging.Formatter("{message}-{name}", style="{").format(rec))
print(logging.Formatter("$message", style="$").format(rec))
try:
    logging.Formatter("%(message)s", style="!")
except ValueError as e:
    print("ValueError:", e)
special.error("adapter %s", "x", extra={"user": "bob"})
ad = logging.LoggerAdapter(special, {"user": "ann"}); ad.warning("adapted"); print(ad)
logging.disable(logging.CRITICAL); special.critical("disabled"); logging.disable(logging.NOTSET); special.critical("enabled")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
log.error("bad format %d", "x")
print("after")
