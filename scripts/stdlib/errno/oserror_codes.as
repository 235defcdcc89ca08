# Mapping OSError codes to names, as error-reporting code does.
import errno

for name in ["EPERM", "ENOENT", "EINTR", "EAGAIN", "EWOULDBLOCK", "EACCES", "EEXIST", "EPIPE",
             "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EINPROGRESS", "EADDRINUSE", "ENOTSUP", "EOPNOTSUPP"]:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])
print(len(errno.errorcode), list(errno.errorcode.items())[:6])
print(sorted(errno.errorcode)[:10], max(errno.errorcode))

errors = [FileNotFoundError(errno.ENOENT, "No such file or directory", "conf.ini"),
          OSError(errno.EEXIST, "File exists"),
          OSError(errno.ECONNREFUSED, "Connection refused"),
          OSError(errno.EAGAIN, "Resource temporarily unavailable"),
          OSError(errno.EPIPE, "Broken pipe")]
for e in errors:
    print(type(e).__name__, errno.errorcode[e.errno], e)

try:
    errno.ENOSUCH
except AttributeError as e:
    print("AttributeError:", e)
