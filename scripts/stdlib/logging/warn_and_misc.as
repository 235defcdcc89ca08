# Module-level helpers configure the root logger on first use; percent-args with a dict;
# messages that are not strings; a record's getMessage and the root's reprs.
import io
import logging
import sys

buf = io.StringIO()
sys.stderr = buf
logging.info("not shown: root is at WARNING")
logging.warning("root warning %s", "configured on first use")
sys.stderr = sys.__stderr__
print(repr(buf.getvalue()), logging.root.handlers[0].stream is buf)

logging.basicConfig(stream=sys.stdout, force=True, format="%(name)s %(levelname)s %(message)s")
logging.error("%(user)s logged in from %(ip)s", {"user": "ada", "ip": "10.0.0.1"})
logging.error(["not", "a", "string"])
logging.error(42)
logging.error("literal %% sign and %d%%", 50)
logging.log(logging.CRITICAL, "via log()")
logging.exception("exception() outside except")
print(logging.root, logging.getLogger().getEffectiveLevel())
rec = logging.LogRecord("x", logging.INFO, "/srv/app/jobs.py", 7, "%s-%s", ("a", "b"), None)
print(rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.lineno)
