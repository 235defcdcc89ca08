# logger.exception and exc_info: the traceback follows the message; exc_info takes an
# exception instance too. The formatter keeps only file names in tracebacks, for output
# that does not depend on where the script lives.
import logging
import sys


class ShortPaths(logging.Formatter):
    def formatException(self, ei):
        lines = []
        for line in super().formatException(ei).splitlines():
            if line.startswith('  File "'):
                path, rest = line[8:].split('"', 1)
                line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
            lines.append(line)
        return "\n".join(lines)


log = logging.getLogger("jobs")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(ShortPaths("%(levelname)s %(funcName)s: %(message)s"))
log.addHandler(h)


def parse(text):
    return int(text)


def run(text):
    try:
        return parse(text)
    except ValueError:
        log.exception("could not parse %r", text)
        return None


print(run("12"))
print(run("twelve"))

try:
    {}["missing"]
except KeyError as e:
    saved = e
    log.error("lookup failed", exc_info=True)
log.warning("saved exception", exc_info=saved)
log.info("no exception here", exc_info=False)


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("calculation failed") from e


try:
    chained()
except RuntimeError:
    log.critical("chained error", exc_info=True)
