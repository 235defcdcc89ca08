# Custom exception hierarchy, raise from, __context__/__suppress_context__, notes, CPython's builtin error messages.
class AppError(Exception):
    """Base error."""

class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        super().__init__(f"{key}: {msg}")
        self.key = key

class RetryableError(AppError):
    pass

def load_config(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e

def parse_port(cfg):
    raw = load_config(cfg, "port")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError("port", f"not a number: {raw!r}")

for cfg in [{"port": "8080"}, {}, {"port": "eighty"}]:
    try:
        print("port", parse_port(cfg))
    except ConfigError as e:
        print("ConfigError:", e, "| key:", e.key)
        print("  cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

def cleanup_chain():
    try:
        try:
            1 / 0
        finally:
            print("finally runs")
    except ZeroDivisionError as e:
        try:
            raise RuntimeError("while handling") from None
        except RuntimeError as r:
            print(repr(r), r.__cause__, repr(r.__context__), r.__suppress_context__)

cleanup_chain()
print(issubclass(ConfigError, AppError), ConfigError.__mro__[1:3], AppError.__doc__)
try:
    raise RetryableError("temp", 3)
except AppError as e:
    print(type(e).__name__, e.args, str(e), repr(e))

def gen_errors():
    errs = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), AttributeError("a")]
    for e in errs:
        try:
            raise e
        except (ValueError, TypeError) as x:
            print("group1", repr(x))
        except LookupError as x:
            print("lookup", repr(x), str(x))
        except Exception as x:
            print("other", type(x).__name__)
        else:
            print("no error")
        finally:
            pass
gen_errors()
def f():
    try:
        return "try"
    finally:
        print("in finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
g()
e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e.__context__), e.__cause__ is None)
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError()), repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    def h(a, b): pass
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    h(1, c=2)
except TypeError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    x = undefined_name
except NameError as e:
    print(e)
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(Custom(), repr(Custom(1)))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
