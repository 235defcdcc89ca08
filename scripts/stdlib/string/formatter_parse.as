# string.Formatter.parse splits a format string into (literal, field, spec, conversion)
# pieces; doubled braces are literal ones, and malformed strings raise ValueError.
import string

parser = string.Formatter()
for text in ["Total: {0:>8.2f} {{EUR}}", "{{}}", "}}{{", "{name!r} and {{{0}}}", "a{{"]:
    print(repr(text), list(parser.parse(text)))

for text in ["price: {", "{", "{0", "total }", "}"]:
    try:
        list(parser.parse(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
