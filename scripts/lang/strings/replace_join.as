# Checks: replace (with count, empty old string), join on various iterables, str * int.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 1))
print(s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1))
print(s.replace("whale", "cat"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("aaaa".replace("aa", "b"))
print(", ".join(["a", "b", "c"]))
print("".join(["x", "y"]), "-".join("abc"), "+".join([]))
print(" ".join(str(i) for i in range(5)))
print("/".join(("tuple", "parts")))
print("|".join({"k1": 1, "k2": 2}))
print("-" * 10, "ab" * 3, 3 * "x", "y" * 0, "z" * -1 == "")
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
