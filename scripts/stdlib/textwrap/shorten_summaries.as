# Shortening titles for a list view with shorten and max_lines.
import textwrap

titles = [
    "Hello world!",
    "A very long article title about asynchronous programming in Python and beyond",
    "   lots    of     whitespace     inside    ",
    "Supercalifragilisticexpialidocious",
]
for t in titles:
    print(repr(textwrap.shorten(t, width=30)), repr(textwrap.shorten(t, width=30, placeholder="...")))
body = "word " * 40
print(textwrap.fill(body, width=30, max_lines=3))
print(textwrap.wrap(body, width=30, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap("short", width=30, max_lines=1))
try:
    textwrap.shorten("Hello world", width=5)
except ValueError as e:
    print("ValueError:", e)
