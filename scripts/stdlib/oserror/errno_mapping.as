# OSError picks its subclass from the errno, as the C library reports it.
cases = [(2, "No such file or directory"), (13, "Permission denied"), (17, "File exists"),
         (21, "Is a directory"), (20, "Not a directory"), (32, "Broken pipe"),
         (104, "Connection reset by peer"), (111, "Connection refused"), (110, "Connection timed out"),
         (4, "Interrupted system call"), (11, "Resource temporarily unavailable"), (5, "Input/output error")]
for code, msg in cases:
    e = OSError(code, msg)
    print(code, type(e).__name__, str(e), repr(e))
e = OSError(2, "No such file or directory", "config.ini")
print(e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(17, "File exists", "a.txt", None, "b.txt")
print(e)
print(str(OSError("plain message")), OSError("plain").errno)
print(str(OSError()), repr(OSError()))
print(OSError(1, 2, 3, 4, 5, 6).args, str(OSError(1, 2, 3, 4, 5, 6)))
print(FileNotFoundError(13, "odd").__class__.__name__)
