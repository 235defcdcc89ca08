# Handlers: reprs, per-handler levels and formatters, NullHandler, a custom Handler
# collecting records, removeHandler, setStream, and a handler without emit.
import io
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, self.format(record)))


log = logging.getLogger("h")
log.setLevel(logging.DEBUG)
collector = ListHandler()
collector.setLevel(logging.WARNING)
out = logging.StreamHandler(sys.stdout)
log.addHandler(collector)
log.addHandler(out)
log.addHandler(logging.NullHandler())
log.addHandler(out)
print(log.handlers)
log.info("info goes to stdout only")
log.warning("warning goes to both")
print(collector.records)
log.removeHandler(out)
buf = io.StringIO()
old = out.setStream(buf)
print(old is sys.stdout, out.setStream(buf))
log.addHandler(out)
log.error("into the buffer")
print(repr(buf.getvalue()))
print(repr(logging.StreamHandler()), repr(collector))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(type(e).__name__, e)
lib = logging.getLogger("library")
lib.addHandler(logging.NullHandler())
lib.warning("swallowed by NullHandler, no last resort")
print("done")
