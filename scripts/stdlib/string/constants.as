# Classifying characters of a password with the string constants.
import string

print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))


def strength(pw):
    classes = {
        "lower": any(c in string.ascii_lowercase for c in pw),
        "upper": any(c in string.ascii_uppercase for c in pw),
        "digit": any(c in string.digits for c in pw),
        "punct": any(c in string.punctuation for c in pw),
        "space": any(c in string.whitespace for c in pw),
    }
    return sum(classes.values()), [k for k, v in classes.items() if v]


for pw in ["hunter2", "Tr0ub4dor&3", "correct horse battery staple", "ABC"]:
    print(pw, strength(pw))
print(all(c in string.hexdigits for c in "DeadBeef"), "".join(c for c in "x7-y8_z9" if c in string.ascii_letters))
