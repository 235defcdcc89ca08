# Application errors derived from OSError keep errno and strerror.
class StorageError(OSError):
    pass

class QuotaExceeded(StorageError):
    def __init__(self, used, limit):
        super().__init__(28, "No space left on device")
        self.used, self.limit = used, limit

try:
    raise StorageError(5, "Input/output error", "/data/blob")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    raise QuotaExceeded(120, 100)
except StorageError as e:
    print(type(e).__name__, e, e.errno, e.used, e.limit)
try:
    raise PermissionError(13, "Permission denied", "/etc/shadow")
except OSError as e:
    print(repr(e), e)
