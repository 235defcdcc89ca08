# Checks: user-defined exception classes — with custom __init__ (calling super().__init__ or
# not), custom __str__, extra attributes, hierarchies of custom exceptions, str/repr/args.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"
class Silent(AppError):
    def __init__(self):
        pass
class WithArgs(AppError):
    pass
errors = [AppError(), AppError("plain"), NotFound("user"), Invalid("age", -1), Silent(),
          WithArgs(1, "two", [3])]
for err in errors:
    try:
        raise err
    except AppError as e:
        print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
try:
    raise NotFound("file")
except NotFound as e:
    print(e.name, isinstance(e, AppError), isinstance(e, Exception))
try:
    raise Invalid("x", "bad")
except Exception as e:
    print(f"{e}", e.field, e.value)
class Retry(Exception):
    def __init__(self, attempts, *args):
        super().__init__(attempts, *args)
        self.attempts = attempts
try:
    raise Retry(3, "extra")
except Retry as e:
    print(e, e.args, e.attempts)
print(issubclass(NotFound, AppError), issubclass(AppError, NotFound), NotFound.__name__)
