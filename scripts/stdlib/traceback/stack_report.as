# Showing where a function was called from with format_stack.
import traceback

def where():
    frames = traceback.format_stack()
    names = []
    for f in frames:
        first = f.splitlines()[0]
        names.append(first.rsplit(" in ", 1)[1])
    return names

def handler():
    return where()

def dispatch():
    return handler()

print(dispatch())
print(where())
