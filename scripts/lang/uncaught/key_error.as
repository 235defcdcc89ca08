# Checks: an uncaught KeyError; its message is the repr of the key (with quotes).
prices = {"apple": 3, "pear": 4}
for fruit in ["apple", "pear", "banana"]:
    print(fruit, prices[fruit])
