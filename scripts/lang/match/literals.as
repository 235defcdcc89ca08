# Literal patterns: ints, floats, strings, bytes, negative numbers, None/True/False by
# identity, and equality between numeric types (1 == 1.0 == True).


def kind(v):
    match v:
        case True:
            return "the True singleton"
        case False:
            return "the False singleton"
        case None:
            return "None"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1:
            return "one (by equality)"
        case "":
            return "empty string"
        case "yes" | "y" | "Y":
            return "affirmative"
        case b"\x00":
            return "a NUL byte"
        case "multi" "part":
            return "implicitly concatenated"
        case 0x10 | 0o20 | 0b10000:
            return "sixteen"
        case 1_000_000:
            return "a million"
        case -2.5e-3:
            return "tiny negative"
    return f"something else: {v!r}"


for v in [True, False, None, 0, 0.0, -1, -1.0, 1.5, 1, 1.0, "", "y", "Y", "no", b"\x00", "\x00",
          "multipart", 16, 16.0, 1000000, -0.0025, 2]:
    print(repr(v), "->", kind(v))
