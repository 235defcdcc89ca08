import textwrap
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("Hello  world!", width=12), textwrap.shorten(text, 30, placeholder=" [more]"))
print(repr(textwrap.dedent("""\
    def f():
        return 1
    # comment
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n   \n   y")))
print(textwrap.indent("line1\nline2\n\nline4", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=20, break_long_words=False, max_lines=3, placeholder="...")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed and more words here"))
print(textwrap.wrap("a-very-long-hyphenated-word-in-text", width=10))
print(textwrap.wrap("a-very-long-hyphenated-word-in-text", width=10, break_on_hyphens=False))
print(textwrap.wrap("tab\there\tand there", width=12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("  leading spaces   and   runs  ", width=10), textwrap.wrap("", 10), textwrap.wrap("   ", 5))
print(textwrap.wrap("one. two. three.", width=8, fix_sentence_endings=True))
print(textwrap.wrap("x" * 25, width=10), textwrap.fill("keep  two   spaces", width=50, replace_whitespace=False))
print(textwrap.wrap("line\nbreaks\nhere", width=100), textwrap.wrap("a b c", width=1))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello world", width=3)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.TextWrapper(width=10, drop_whitespace=False).wrap("aa  bb  cc  dd"))
