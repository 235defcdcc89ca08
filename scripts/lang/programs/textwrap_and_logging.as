# textwrap fill/shorten/indent/dedent, logging levels, handlers, formatters, propagate, LoggerAdapter.
import textwrap
import logging
import sys

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, 30)[:3])
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("line1\nline2\n\nline3", "> "))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.fill("a" * 25, 10), textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  ")[:90])

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %s", "msg")
log.info("info %d items", 3)
log.warning("warning!")
sub = logging.getLogger("app.db")
sub.error("db error: %r", {"code": 5})
sub.setLevel(logging.ERROR)
sub.warning("hidden")
sub.critical("critical")
logging.info("root info")
try:
    1 / 0
except ZeroDivisionError:
    log.error("failed computing", exc_info=False)
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
h = ListHandler()
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s - %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.INFO)
other.info("one")
other.debug("two")
other.warning("three %s", [1, 2])
print(h.records)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), log.getEffectiveLevel(), sub.isEnabledFor(logging.WARNING))
print(log.name, log.parent.name, logging.getLogger("app") is log)
adapter = logging.LoggerAdapter(log, {"user": "x"})
adapter.info("via adapter")
