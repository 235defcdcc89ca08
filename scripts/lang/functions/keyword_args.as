# Checks: keyword arguments in any order, mixing positional and keyword, keyword-only after
# *args, and the TypeErrors for unexpected/duplicate/missing arguments.
def describe(name, age, city="nowhere"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Paris", age=40))
print(describe("Di", 22, "Rome"))
def f(x):
    return x
try:
    describe("Ann", 30, z=1)
except TypeError as e:
    print("TypeError:", e)
try:
    describe("Ann", name="Bob")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("Ann")
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe(city="x")
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    describe(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
def no_args():
    return "none"
try:
    no_args(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 2], key=lambda v: -v))
