"""Writes re_table.json: CPython's answers for the regex table that stdlib/re_test.go checks.

Run with CPython 3.11: python3 re_table.py > re_table.json
Each case is [pattern, flags, subject]; the answer lists every finditer match as the spans of
all its groups (None for a group that did not take part), or the re.error message.
"""
import json
import re

CASES = [
    (r"a+", 0, "caaandaa"), (r"(a)(b)?", 0, "ab a"), (r"\d+", 0, "x12y345"), (r"\w+", 0, "héllo wörld_1"),
    (r"\w+", re.A, "héllo wörld_1"), (r"\s+", 0, "a \t\n b\u00a0c"), (r"\s+", re.A, "a \t\n b\u00a0c"),
    (r"^\w", re.M, "ab\ncd\n"), (r"\w$", re.M, "ab\ncd\n"), (r"\w$", 0, "ab\ncd\n"), (r"\w\Z", 0, "ab\ncd\n"),
    (r"\w\Z", 0, "ab\ncd"), (r"\Aab", 0, "abab"), (r"a.c", 0, "a\nc abc"), (r"a.c", re.S, "a\nc abc"),
    (r"(?i)straße", 0, "STRASSE Straße"), (r"[a-z]+", re.I, "Hello WORLD"), (r"x*", 0, "axxb"), (r"", 0, "ab"),
    (r"a|ab", 0, "abab"), (r"(?:ab)+?", 0, "ababab"), (r"a{2,3}", 0, "aaaaaaa"), (r"a{,2}", 0, "aaaaa"),
    (r"a{2}", 0, "aaaaa"), (r"x{", 0, "x{y"), (r"(?P<w>\w)(?P=w)", 0, "aabbcd"), (r"(\w)\1", 0, "xyyzz"),
    (r"(?<=a)b", 0, "abcb ab"), (r"(?<!a)b", 0, "abcb ab"), (r"b(?=c)", 0, "abcb bd bc"), (r"b(?!c)", 0, "abcb bd bc"),
    (r"(a)?(?(1)b|c)", 0, "ab c ac"), (r"\bfoo\b", 0, "foo foobar afoo foo."), (r"\Bo\B", 0, "foo boot"),
    (r"[^abc]+", 0, "abcdefabc"), (r"[]a]+", 0, "a]]b"), (r"[a\]]+", 0, "a]]b"), (r"[\d\s]+", 0, "a1 2b"),
    (r"[\w.-]+@[\w-]+\.\w+", 0, "mail bob.s-x@ex-ample.com now"), (r"(\d+)-(\d+)", 0, "10-20 3-4"),
    (r"((a)|b)+", 0, "abab"), (r"(a*)*", 0, "aa"), (r"(a|b)*?c", 0, "ababc"), (r"(?x) a b # comment", 0, "ab a b"),
    (r"a b", re.X, "ab a b"), (r"[ ]", re.X, "a b"), (r"a\ b", re.X, "a b"), (r"(?s:.)x", 0, "\nx"),
    (r"\x41\u00e9\t", 0, "Aé\t"), (r"\\", 0, "a\\b"), (r"[\u00e0-\u00ff]+", 0, "naïve façade"),
    (r"(?m)^$", 0, "a\n\nb\n"), (r"$", 0, "ab\n"), (r"(?:^|,)(\w*)", 0, "a,,b"), (r"\d*?", 0, "12"),
    (r"(?i)[^a]", 0, "aAbB"), (r"é+", re.I, "ÉéE"), (r"🙂+", 0, "a🙂🙂b"), (r"(", 0, ""), (r"a)", 0, ""),
    (r"[a", 0, ""), (r"*", 0, ""), (r"a**", 0, ""), (r"\q", 0, ""), (r"(?P<a>x)(?P<a>y)", 0, ""),
    (r"|a", 0, "aa"), (r"a*?|b", 0, "abab"), (r"(?:)|x", 0, "xx"), (r"\b|x", 0, "x y"),
    (r"(?<=a|bc)x", 0, ""), (r"(?<=ab|cd)x", 0, "abx cdx"), (r"(?<=(?:a|b){2})x", 0, "abx ax"),
    (r"a{3,2}", 0, ""), (r"(?<=a+)b", 0, ""), (r"[z-a]", 0, ""), (r"\2(a)(b)", 0, ""),
]


def answer(pattern, flags, subject):
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        return {"error": str(e)}
    return {"matches": [[m.span(i) if m.start(i) >= 0 else None for i in range(rx.groups + 1)]
                        for m in rx.finditer(subject)]}


rows = [json.dumps([p, f, s, answer(p, f, s)], ensure_ascii=False) for p, f, s in CASES]
print('[\n' + ',\n'.join(rows) + '\n]')
