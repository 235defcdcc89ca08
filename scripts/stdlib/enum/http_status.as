# Classifying HTTP responses with an IntEnum: members compare and sort as ints.
from enum import IntEnum


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_MODIFIED = 304
    BAD_REQUEST = 400
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400


responses = [200, 404, 201, 500, 304, 404]
counts = {}
for code in responses:
    status = Status(code)
    counts[status] = counts.get(status, 0) + 1
    print(f"{code} -> {status.name:<13} error={status.is_error} str={status} repr={status!r}")

for status, n in sorted(counts.items()):
    print(f"{status:>5} {status.name}: {n}")

print(Status.OK == 200, Status.NOT_FOUND + 1, max(Status), sorted(Status)[:2])
print("%d %s %r" % (Status.CREATED, Status.CREATED, Status.CREATED))
print(f"{Status.BAD_REQUEST:05d}", format(Status.OK, "x"), int(Status.SERVER_ERROR))
try:
    Status(418)
except ValueError as e:
    print(type(e).__name__, e)
