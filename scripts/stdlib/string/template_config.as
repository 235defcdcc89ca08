# A config renderer on string.Template: defaults, safe rendering of partial configs, $$ and
# ${braces}, error messages with line and column, and subclasses with their own delimiter,
# idpattern (dotted names), braceidpattern and flags.
from string import Template

conf = Template("""[server]
host = $host
port = ${port}
url = http://${host}:${port}/$$root
""")
print(conf.substitute(host="localhost", port=8080), end="")
print(conf.safe_substitute({"host": "example.org"}), end="")
print(conf.substitute({"host": "a", "port": 1}, port=2), end="")
print(conf.get_identifiers(), conf.is_valid())
try:
    conf.substitute(host="x")
except KeyError as e:
    print("KeyError:", e)

for text in ["cost: $5", "x\ny = $ ", "${ oops}", "line1\nline2 ${a", "tail $", "$$$"]:
    t = Template(text)
    print(repr(t.safe_substitute(a=1)), t.is_valid(), t.get_identifiers())
    try:
        t.substitute(a=1)
    except ValueError as e:
        print("  ValueError:", e)


class Percent(Template):
    delimiter = "%"


p = Percent("%who owes %%%amount (%{who}_total) %")
print(p.safe_substitute(who="bob", amount=3))
try:
    p.substitute(who="bob", amount=3)
except ValueError as e:
    print("ValueError:", e)


class Dotted(Template):
    idpattern = r"[a-z][_a-z0-9]*(\.[a-z][_a-z0-9]*)*"


d = Dotted("$db.host:$db.port as ${user.name} (not $9 or $$x)")
print(d.safe_substitute({"db.host": "pg", "db.port": 5432}))
print(d.get_identifiers(), d.is_valid())
try:
    d.substitute({"db.host": "pg", "db.port": 5432, "user.name": "ann"})
except ValueError as e:
    print("ValueError:", e)
print(Dotted("${user.name}!").substitute({"user.name": "ann"}))


class Strict(Template):
    flags = 0
    idpattern = "[a-z]+"


s = Strict("$lower $UPPER")
print(s.safe_substitute(lower="l", UPPER="u"), s.is_valid())
try:
    s.substitute(lower="l")
except ValueError as e:
    print("ValueError:", e)


class Braces(Template):
    braceidpattern = r"[^}]+"


b = Braces("${any thing} and $plain")
print(b.substitute({"any thing": 1, "plain": 2}), b.get_identifiers())


class Mustache(Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[a-z]+)\}\} |
      (?P<braced>\s[a-z]+\s)\}\} |
      (?P<invalid>)
    )"""


m = Mustache("Hi {{name}}, {{{{ literal")
print(m.substitute(name="Ann"))
try:
    Mustache("bad {{ X").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b${c}d").substitute(a=1, b=2.5, c=[3]))
print(Template("$who").substitute({"who": None}), Template("").substitute())
