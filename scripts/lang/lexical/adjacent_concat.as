# Checks: adjacent string literal concatenation, mixing quote styles, raw and f-strings.
s = "abc" 'def' """ghi"""
print(s)
print("one" "two", "three")
name = "world"
print("hello, " f"{name}" "!")
print(r"\n" "\n" r"\t")
x = ("first part "
     "second part "
     f"{1 + 2} "
     'third')
print(x)
print(len("a" "b" "c"))
print(("a" "b") * 2)
items = ["x" "y", "z"]
print(items, len(items))
