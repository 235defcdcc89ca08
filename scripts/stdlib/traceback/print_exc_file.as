# print_exc and print_exception writing to a file object.
import io
import sys
import traceback

def divide(a, b):
    return a / b

buf = io.StringIO()
try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc(file=buf)
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[-1])
print(len(lines))
try:
    [1, 2][5]
except IndexError as e:
    out = io.StringIO()
    traceback.print_exception(e, file=out)
    for line in out.getvalue().splitlines():
        if line.startswith('  File "'):
            line = '  File "' + line[8:].split('"', 1)[0].rsplit("/", 1)[-1] + '"' + line[8:].split('"', 1)[1]
        print(line)
    traceback.print_exception(e, file=sys.stderr)
