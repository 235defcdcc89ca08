# Checks: the SyntaxError that exec(), eval() and compile() raise for bad source: eval's
# grammar (one expression: `x = 5`, `1;`, a second line, a statement or a starred item is
# "invalid syntax" at the token that does not fit), and the msg, lineno, offset and text
# attributes (the text ends in a newline where CPython's tokenizer gives one; the
# compiler's own errors have no text) and str() of the exception.
def attempt(fn, src, *mode):
    try:
        r = fn(src, *mode) if not mode else fn(src, "<src>", *mode)
    except SyntaxError as e:
        print(f"{fn.__name__}{mode} {src!r}: {type(e).__name__}: {e.msg} at {e.lineno}:{e.offset} text={e.text!r}")
        print("    str:", e)
    else:
        print(f"{fn.__name__}{mode} {src!r}: ok {r!r}" if not callable(r) else "ok")


for src in ["x = 5", "1;", "print(1); print(2)", "1\n2", "import os", "if x: pass", "del x",
            "*a", "yield 1", "x = 1 if 2", "def f(): pass", "1 +", "1 +\n", "(1,", "[1 2]",
            "f(x for x in y, 1)", "x = 'abc", "x = 0777", "x = (1,\n2", "1 2", "a, b = 1, 2",
            "x.\n", "lambda: (yield)", "await x"]:
    attempt(eval, src)
print(eval("  1 + 2\n\n"), eval("(1,\n 2)"), eval("1,"), eval("[*'ab']"))

for src in ["1 +", "1 +\n", "x = = 2", "def f(:\n  pass", "if x\n", "x = (", "x = [1, 2",
            "print 'x'", "x = 1 2", "None = 1", "a = 1; 1 = a", "x = 'abc", "x = 1a",
            "f'{'", "break", "return 1", "nonlocal x", "def f(a, a): pass",
            "for x in y: break\nelse:\n  continue", "def f():\n  yield = 1", "x = )",
            "x = (]", "'''abc", "x\r\ny = =", "if 1:\n  a\n b", "a\n b", "f(x=1, x=2)",
            "*a = 1", "a, *b, *c = x", "{**a for a in b}", "[i := 0 for i in range(3)]",
            "class C:\n    [x for x in range(3) if (y := x)]", "[x for x in (y := [1, 2])]",
            "[[(x := 1) for y in z] for x in w]"]:
    attempt(exec, src)
    attempt(compile, src, "exec")
for src in ["1 +\n", "x = 5", "f(", "1 if 2"]:
    attempt(compile, src, "eval")
