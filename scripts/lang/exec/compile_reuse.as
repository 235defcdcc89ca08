# compile() once, run many times: an eval-mode code object gives a value, an exec-mode one
# runs statements; each run uses the namespace it is given.

formula = compile("price * qty * (1 - discount)", "<formula>", "eval")
orders = [{"price": 10.0, "qty": 3, "discount": 0.1}, {"price": 2.5, "qty": 4, "discount": 0}]
for order in orders:
    print(round(eval(formula, {}, order), 2))

step = compile("total += n\nsteps.append(total)", "<step>", "exec")
env = {"total": 0, "steps": []}
for n in [5, 10, 20]:
    env["n"] = n
    exec(step, env)
print(env["total"], env["steps"])

print(type(formula).__name__)
try:
    compile("x = ", "<broken>", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
try:
    compile("x", "<x>", "evaluate")
except ValueError as e:
    print(e)
try:
    eval(compile("1 / 0", "<zero>", "eval"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
