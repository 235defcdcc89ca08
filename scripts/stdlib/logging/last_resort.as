# Without any configuration a logger's warning goes to stderr through the last-resort
# handler (just the message); info is dropped; lastResort can be swapped out.
import io
import logging
import sys

log = logging.getLogger("quiet")
buf = io.StringIO()
sys.stderr = buf
log.warning("disk %d%% full", 91)
log.info("not shown")
log.error("error with %s", "args")
sys.stderr = sys.__stderr__
print(repr(buf.getvalue()))

logging.lastResort = None
buf = io.StringIO()
sys.stderr = buf
log.warning("no handlers at all")
log.warning("only reported once")
sys.stderr = sys.__stderr__
print(repr(buf.getvalue()))
print(logging.getLogger().handlers)
