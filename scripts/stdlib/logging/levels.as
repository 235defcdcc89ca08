# Level names and numbers, custom levels, setLevel with names, logging.disable, and the
# errors for bad levels.
import logging
import sys

for lv in (0, 10, 20, 30, 40, 50, 15):
    print(lv, logging.getLevelName(lv))
print(logging.getLevelName("ERROR"), logging.getLevelName("NOPE"))
print(logging.WARN, logging.FATAL, logging.getLevelNamesMapping()["WARN"])

logging.addLevelName(25, "NOTICE")
log = logging.getLogger("levels")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelno)s %(levelname)s %(message)s"))
log.addHandler(h)
log.setLevel("DEBUG")
log.log(25, "a notice")
log.log(5, "below debug")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

logging.disable(logging.WARNING)
log.warning("disabled")
log.error("error still passes")
print(log.isEnabledFor(logging.WARNING), log.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
log.info("enabled again")
h.setLevel(logging.ERROR)
log.warning("below the handler's level")
log.critical("handler passes critical")

for bad in ("LOUD", 2.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "level as string")
except TypeError as e:
    print(type(e).__name__, e)
