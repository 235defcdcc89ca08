# The Match and Pattern objects: attributes, spans and reprs.
import re

pat = re.compile(r"(?P<key>[a-z]+)=(?P<value>\d+)?")
text = "  alpha=1 beta= gamma=33"
m = pat.search(text)
print(m)
print(m.re is pat, m.string == text, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "value", 0))
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start(2), m.span("key"))
m2 = pat.search(text, 10)
print(m2, m2.groups(), m2.groups("n/a"), m2.groupdict(None), m2.span(2), m2.start("value"), m2.lastindex)
print(pat.match(text), pat.match(text, 2), pat.fullmatch(text, 2, 9), pat.fullmatch("x=1"))
print(pat.search(text, 2, 6), pat.pattern, pat.groups, pat.groupindex["value"])
print(pat, repr(re.compile("it's")), re.compile(r'a"b'), re.compile("\n"))
print(bool(re.match("", "")), re.match("", "abc"), re.search("$", "abc"))
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex)
print(re.match(r"(?P<outer>(?P<inner>x))", "x").lastgroup)
print(re.compile("a+") == re.compile("a+"), re.compile("a+") == re.compile("a+", re.I))
print(re.search("é(.)", "café!"), re.search("é(.)", "café!").span(1))
