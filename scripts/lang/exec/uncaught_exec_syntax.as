# An uncaught SyntaxError from exec(): the traceback shows the caller's frames, then the
# error's place in the string.


def load_rules(text):
    exec(text, {})


print("loading rules")
load_rules("rule_a = 1\nrule_b = [1, 2\n")
