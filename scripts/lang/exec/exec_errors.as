# The errors exec() and eval() raise: SyntaxError with its attributes and str(), the
# TypeErrors for bad arguments, and exceptions from inside the code.

for src in ["x = (", "def f(:\n    pass", "  indented = 1", "print('a' 'b' 1)", "1 +* 2", "return 5"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.lineno, e.offset, e.filename)

for src in ["x = 1", "", "1; 2", "import os"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), "->", type(e).__name__, e.msg)

for args in [(42,), ("1", [1]), ("1", {}, 7), (None,)]:
    for f in (exec, eval):
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)

try:
    exec("def boom():\n    raise ValueError('from exec')\nboom()")
except ValueError as e:
    print("ValueError:", e)

try:
    eval("undefined_name + 1")
except NameError as e:
    print("NameError:", e)
