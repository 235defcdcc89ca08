# Checks: explicit (backslash) and implicit (bracket) line joining.
total = 1 + \
    2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
items = [1, 2,
         3, 4,
    5]
print(items)
call = max(
    10,
    20,
        30,
)
print(call)
pair = (
    "a"
    "b"
)
print(pair)
d = {'k':
     'v'}
print(d)
s = "a long \
string"
print(s)
x = (1 +
     2) * \
    3
print(x)
def f(a,
      b=2,
      *args,
      **kw):
    return (a, b, args, kw)
print(f(1,
        2,
        3, k=4))
result = [i
          for i in range(5)
          if i % 2]
print(result)
print(1 if total else \
      2)
