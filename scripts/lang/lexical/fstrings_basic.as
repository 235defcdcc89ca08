# Checks: f-strings — nested expressions, conversions !r/!s, doubled braces, the = specifier.
x = 42
name = "Ada"
items = [1, 2, 3]
d = {"key": "value"}
print(f"x is {x}")
print(f"{x + 1} {x * 2} {x // 5}")
print(f"{name!r} {name!s} {name}")
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{d['key']} {d}")
print(f"{'nested ' + name}")
print(f"{{literal braces}} {{{x}}}")
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{x + 1=}")
print(f"{items[1:]=}")
print(f"{'yes' if x > 40 else 'no'}")
print(f"{[i * i for i in range(4)]}")
print(f"{x:5}|{name:>6}|")
print(f"{x=:5}|")
print(f"{3.5!r} {None} {True} {None!r}")
print(f"{'a'!r:>6}|")
print(f'{"double inside single"}')
print(f"""triple {x}
second line {name}""")
print(f"{x}{x}{x}")
print(f"")
print(f"{(lambda y: y * 2)(x)}")
print(f"{ {'a': 1}['a'] }")
print(f"{name.upper()} {name.lower()!r}")
