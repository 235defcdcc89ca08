# What | refuses, and what isinstance says about unions it cannot check.
import types


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("int | 3", lambda: int | 3)
attempt("3 | int", lambda: 3 | int)
attempt("int | str-name", lambda: int | "str")
attempt("None | None", lambda: None | None)
attempt("create", lambda: types.UnionType())
attempt("generic member", lambda: isinstance(3, list[int] | None))
attempt("generic later", lambda: isinstance([], int | list[int]))
attempt("issubclass arg", lambda: issubclass(3, int | str))
attempt("setattr", lambda: setattr(int | str, "x", 1))
attempt("no attr", lambda: (int | str).__origin__)
attempt("add", lambda: (int | str) + 1)
attempt("call", lambda: (int | str)())
attempt("not generic", lambda: (int | str)[int])
