# Checks: a tiny stack-based calculator — string tokenising, dict dispatch to lambdas, list as
# a stack, error handling for bad programs.
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}
def run(program):
    stack = []
    for tok in program.split():
        if tok in OPS:
            if len(stack) < 2:
                raise IndexError(f"stack underflow at {tok!r}")
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack
programs = ["1 2 +", "2 3 4 * +", "10 3 //", "-7 2 %", "2 100 **", "1.5 2 *", "5 dup *",
            "1 2 swap -", "1 +", "4 0 /", "3 x +", "7 2 / 2 //"]
for p in programs:
    try:
        print(f"{p!r:>14} -> {run(p)}")
    except (IndexError, ZeroDivisionError, ValueError) as e:
        print(f"{p!r:>14} -> {type(e).__name__}: {e}")
