# Filters on loggers and handlers: a Filter by logger name, a callable filter, a filter
# class that rewrites records, and removeFilter.
import logging
import sys

root_h = logging.StreamHandler(sys.stdout)
root_h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
base = logging.getLogger("svc")
base.addHandler(root_h)
base.setLevel(logging.INFO)

root_h.addFilter(logging.Filter("svc.api"))
for name in ("svc", "svc.api", "svc.api.v1", "svc.apix", "svc.db"):
    logging.getLogger(name).info("hello from %s", name)
print("---")
root_h.filters.clear()


def no_secrets(record):
    return "password" not in record.getMessage()


class Redact:
    def filter(self, record):
        record.msg = record.msg.replace("token", "*****")
        return True


db = logging.getLogger("svc.db")
db.addFilter(no_secrets)
redact = Redact()
db.addFilter(redact)
db.info("user password is hunter2")
db.info("using token abc")
db.removeFilter(redact)
db.info("token visible again")
print(len(db.filters), logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})))
