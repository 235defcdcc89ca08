# A mail merge with string.Template: substitute, safe_substitute and their errors.
from string import Template

letter = Template("Dear $name,\n\nYour invoice #${number} of $$${amount} is due on $due.\n-- $sender")
customers = [
    {"name": "Ada", "number": 17, "amount": "120.00", "due": "May 1", "sender": "Billing"},
    {"name": "Grace", "number": 18, "amount": "80.50", "due": "May 3"},
]
for c in customers:
    try:
        print(letter.substitute(c))
    except KeyError as e:
        print("missing field:", e)
        print(letter.safe_substitute(c))
    print("=" * 20)
print(letter.substitute(customers[0], name="Countess"))
print(letter.get_identifiers(), letter.is_valid())
for text in ["cost: $", "a $1 b", "${unclosed", "fine $x", "two\nlines $"]:
    t = Template(text)
    try:
        print(repr(t.substitute(x=1)))
    except ValueError as e:
        print("ValueError:", e)
    print(repr(t.safe_substitute()), t.is_valid())
print(Template("$who likes $what").template)


class PercentTemplate(Template):
    delimiter = "%"


print(PercentTemplate("%user has %% of %{quota}GB").substitute(user="bob", quota=5))
