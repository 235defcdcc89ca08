# A resource manager: ExitStack opens several resources and closes them in reverse order,
# also when opening one of them fails half-way.
from contextlib import ExitStack, contextmanager


class Resource:
    def __init__(self, name, log, fail=False):
        self.name, self.log, self.fail = name, log, fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


def run(names, fail_at=None):
    log = []
    try:
        with ExitStack() as stack:
            handles = [stack.enter_context(Resource(n, log, fail=(n == fail_at))) for n in names]
            log.append("using " + ", ".join(h.name for h in handles))
    except OSError as e:
        log.append(f"error: {e}")
    return log


for line in run(["db", "cache", "queue"]):
    print(line)
print("---")
for line in run(["db", "cache", "queue"], fail_at="queue"):
    print(line)
print("---")


@contextmanager
def tempdir(name, log):
    log.append(f"mkdir {name}")
    try:
        yield name
    finally:
        log.append(f"rmdir {name}")


log = []
with ExitStack() as stack:
    dirs = [stack.enter_context(tempdir(f"/tmp/t{i}", log)) for i in range(3)]
    stack.callback(log.append, "callback registered last runs first")
    log.append(f"work in {dirs}")
print("\n".join(log))
