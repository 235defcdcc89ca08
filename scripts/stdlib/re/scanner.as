# A tokenizer for a small expression language, built from one alternation of named groups.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/]"),
    ("LPAR", r"\("),
    ("RPAR", r"\)"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in TOKEN_SPEC))
KEYWORDS = {"if", "then", "end"}


def tokenize(code):
    line = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line_start = mo.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield kind, value, line, column


program = """total := price * 1.2 + (tax - 3);
if total then
    total := total / 2;
end"""
for tok in tokenize(program):
    print(tok)
try:
    list(tokenize("x := 5 $ 3"))
except RuntimeError as e:
    print("RuntimeError:", e)
