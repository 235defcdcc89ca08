# str.maketrans and str.translate: a ROT13 codec, a slug maker and a character filter.
import string

ROT13 = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase,
    string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
    + string.ascii_uppercase[13:] + string.ascii_uppercase[:13],
)
secret = "Hello, World!".translate(ROT13)
print(secret, secret.translate(ROT13))

SLUG = str.maketrans({" ": "-", "_": "-", "é": "e", "&": "and"}, )
print("Crème brûlée & Café_au lait".lower().translate(SLUG))
print(str.maketrans("ab", "xy", "!?"))
print("Wait?! What!?".translate(str.maketrans("", "", "!?")))


class Vowels(dict):
    """Missing keys are kept: a LookupError from the table leaves the character alone."""

    def __missing__(self, code):
        if chr(code) in "aeiou":
            return chr(code).upper()
        raise LookupError(code)


print("translate me please".translate(Vowels()))
print("abc".translate(["A", "B", "C"] * 40), "abc".translate({97: 0x1F600}))

for args in [(3,), ({"ab": 1},), ({1.5: 1},), ("a", "bc"), ("a", 3), ()]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}, None]:
    try:
        "abc".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
