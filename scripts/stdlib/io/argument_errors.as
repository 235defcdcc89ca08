# Wrong arguments to the file objects, io, os and time raise CPython's TypeErrors.
import io
import os
import sys
import time
import traceback


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)
    else:
        print(label, "-> no error")


s = io.StringIO("a\nb\n")
attempt("StringIO(1, 2, 3)", lambda: io.StringIO(1, 2, 3))
attempt("StringIO(x=1)", lambda: io.StringIO(x=1))
attempt("BytesIO(1, 2)", lambda: io.BytesIO(1, 2))
attempt("StringIO(b'x')", lambda: io.StringIO(b"x"))
attempt("BytesIO('x')", lambda: io.BytesIO("x"))
attempt("BytesIO(1.5)", lambda: io.BytesIO(1.5))
attempt("s.read(1, 2)", lambda: s.read(1, 2))
attempt("s.read(size=1)", lambda: s.read(size=1))
attempt("s.write()", lambda: s.write())
attempt("s.writelines()", lambda: s.writelines())
attempt("s.seek()", lambda: s.seek())
attempt("s.seek(1, 2, 3)", lambda: s.seek(1, 2, 3))
attempt("s.tell(1)", lambda: s.tell(1))
attempt("s.flush(1)", lambda: s.flush(1))
attempt("s.getvalue(1)", lambda: s.getvalue(1))
attempt("StringIO.read(1)", lambda: io.StringIO.read(1))
attempt("open()", lambda: open())
attempt("open(x=1)", lambda: open(x=1))
attempt("input(1, 2)", lambda: input(1, 2))
attempt("os.getenv()", lambda: os.getenv())
attempt("os.getcwd(1)", lambda: os.getcwd(1))
attempt("os.makedirs(1, 2, 3, 4)", lambda: os.makedirs(1, 2, 3, 4))
attempt("os.rename(1)", lambda: os.rename(1))
attempt("os.rmdir(1, 2)", lambda: os.rmdir(1, 2))
attempt("os.path.join()", lambda: os.path.join())
attempt("os.path.isdir(1, 2)", lambda: os.path.isdir(1, 2))
attempt("os.path.basename()", lambda: os.path.basename())
attempt("sys.exit(1, 2)", lambda: sys.exit(1, 2))
attempt("sys.exit(x=1)", lambda: sys.exit(x=1))
attempt("sys.intern()", lambda: sys.intern())
attempt("time.gmtime(1, 2)", lambda: time.gmtime(1, 2))
attempt("time.strftime()", lambda: time.strftime())
attempt("time.mktime()", lambda: time.mktime())
attempt("time.struct_time()", lambda: time.struct_time())
attempt("traceback.format_exception()", lambda: traceback.format_exception())
attempt("traceback.print_exc(1, 2, 3, 4)", lambda: traceback.print_exc(1, 2, 3, 4))
