for f in ["%S", "abc %y", "%5.2z", "%(k)q"]:
    try:
        f % {"k":1} if "(" in f else f % 1
    except ValueError as e:
        print(e)
for f in ['%é', 'é%\x01', 'ab%(x)y']:
    try:
        f % {'x': 1} if '(' in f else f % 1
    except Exception as e:
        print(type(e).__name__, e)
try:
    '%y' % ()
except TypeError as e:
    print("TypeError:", e)
