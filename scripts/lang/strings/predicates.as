# Checks: isdigit/isalpha/isalnum/isspace/isupper/islower on
# a range of inputs including the empty string.
tests = ["", "abc", "ABC", "Abc", "123", "abc123", " ", " \t\n", "a b", "Hello World",
         "HELLO WORLD 2", "hello world!", "é", "-1", "1.5", "_"]
for t in tests:
    print(repr(t).ljust(16),
          t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower())
print("ABC1".isupper(), "abc-".islower(), "1".isupper(), "Ab".isupper())
