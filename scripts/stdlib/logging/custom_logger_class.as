# A custom Logger subclass with a TRACE level installed by setLoggerClass, a record factory
# adding a field, and logger reprs.
import logging
import sys

TRACE = 5
logging.addLevelName(TRACE, "TRACE")


class AppLogger(logging.Logger):
    def trace(self, msg, *args, **kwargs):
        if self.isEnabledFor(TRACE):
            self._log(TRACE, msg, args, **kwargs)


logging.setLoggerClass(AppLogger)
log = logging.getLogger("custom.app")
print(type(log).__name__, logging.getLoggerClass().__name__, log)
logging.setLoggerClass(logging.Logger)

old_factory = logging.getLogRecordFactory()
counter = {"n": 0}


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    counter["n"] += 1
    record.seq = counter["n"]
    return record


logging.setLogRecordFactory(factory)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("#%(seq)d %(levelname)s %(name)s %(funcName)s %(message)s"))
log.addHandler(h)
log.setLevel(TRACE)


def step(n):
    log.trace("step %d", n)


for n in range(2):
    step(n)
log.info("info after trace")
print(log, logging.getLogger("custom"), logging.getLogger("custom.app.sub"))
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print(type(e).__name__, e)
logging.setLogRecordFactory(old_factory)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.log(TRACE, "back to the default factory")
