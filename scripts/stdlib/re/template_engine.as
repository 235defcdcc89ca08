# A tiny template engine: {{ name }} placeholders, filters, and unknown names reported.
import re

PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>\w+)(?:\s*\|\s*(?P<filter>\w+))?\s*\}\}")
FILTERS = {"upper": str.upper, "title": str.title, "len": lambda s: str(len(s))}


def render(template, context):
    missing = []

    def replace(m):
        name, flt = m.group("name", "filter")
        if name not in context:
            missing.append(name)
            return m.group(0)
        value = str(context[name])
        if flt:
            value = FILTERS[flt](value)
        return value

    return PLACEHOLDER.sub(replace, template), missing


tpl = "Dear {{ name | title }},\nyour order {{order}} ({{ items|len }} items) ships {{ when }}.\n{{ NAME|upper }}"
out, missing = render(tpl, {"name": "ada lovelace", "order": 1842, "items": "abc", "NAME": "shout"})
print(out)
print("missing:", missing)
print(PLACEHOLDER.findall(tpl))
print([m.span() for m in PLACEHOLDER.finditer(tpl)])
