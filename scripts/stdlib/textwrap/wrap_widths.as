# The same paragraph wrapped at several widths, with hyphens and long words.
import textwrap

text = ("Asynchronous programming lets a single-threaded program interleave many long-running "
        "operations -- network requests, timers, subprocesses -- without blocking. The "
        "event-loop-based design is well-known; pneumonoultramicroscopicsilicovolcanoconiosis is not.")
for width in (12, 25, 40, 72):
    print(f"--- width {width}")
    for line in textwrap.wrap(text, width):
        print(f"|{line:<{width}}|")
print(textwrap.wrap(text, 20, break_long_words=False)[-3:])
print(textwrap.wrap(text, 20, break_on_hyphens=False)[:6])
print(textwrap.wrap("tabs\tand\tspaces  mixed", 10), textwrap.wrap("tabs\tand", 10, expand_tabs=False))
print(textwrap.wrap("keep   inner   spaces", 8, drop_whitespace=False))
print(textwrap.wrap("one.  two", 30, replace_whitespace=False), textwrap.wrap("End. Of. Line.", 40, fix_sentence_endings=True))
try:
    textwrap.wrap(text, width=-1)
except ValueError as e:
    print("ValueError:", e)
