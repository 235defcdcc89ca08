import string
from string import Template, Formatter
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), repr(string.printable[-6:]))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}s; $$5 costs $amount")
print(t.substitute(who="tim", what="apple", amount=3), t.template)
print(t.safe_substitute(who="x"), t.safe_substitute({"what": "kiwi"}, who="y"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    Template("$1abc").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").substitute(a=1, b=2), Template("${a}b").substitute({"a": "x"}))
print(t.get_identifiers(), t.is_valid(), Template("$").is_valid())
class AtTemplate(Template):
    delimiter = "@"
print(AtTemplate("@name is @{age}").substitute(name="bo", age=3))
class MyT(Template):
    idpattern = r"[a-z]+_[a-z]+"
print(MyT("$first_name $x").safe_substitute(first_name="ok"))
f = Formatter()
print(f.format("{0} {1!r} {x:>5}", "a", "b", x=3), f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("hi {name!s:>10} and {0} {{lit}}")))
class DefaultFormatter(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)
print(DefaultFormatter().format("{a} {b} {0}", "pos", a=1))
try:
    f.format("{0} {1}", "only")
except IndexError as e:
    print("IndexError:", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
print(f.format("{0[0]} {1.real} {d[k]}", [9], 3, d={"k": "v"}))
print(f.convert_field("x", "r"), f.format_field(3.14159, ".2f"))
from collections import defaultdict
print(Template("$a and $b").substitute(defaultdict(lambda: "?", a="A"), b="B"))
class Brace(Template):
    delimiter = "%"
    braceidpattern = r"[a-z.]+"
print(Brace("%x %{user.name} %%").substitute({"x": 1, "user.name": "ann"}))
class Strict(Template):
    flags = 0
print(Strict("$abc $ABC").safe_substitute(abc=1, ABC=2))
class Custom(Template):
    pattern = r"\[\[(?:(?P<escaped>\[)|(?P<named>\w+)|(?P<braced>!)|(?P<invalid>))\]\]"
print(Custom("[[who]] says [[[]]").substitute(who="me"))
print(Template.pattern.pattern.strip().split("\n")[0], Template.flags)
print(Template("${x}y").safe_substitute(), Template("$ x").safe_substitute())
print(re.compile(Template.pattern.pattern, re.I | re.X).groupindex) if False else None
