"""Read-only properties written once, for the library's value types (datetime, fractions,
struct, inspect's Parameter, enum members).

Such a type keeps each public field in a private attribute and exposes it through a
property without a setter, so that assigning the field raises AttributeError as in
CPython. field("_hour") builds that property instead of a four-line getter per field."""


def field(attr, doc=None):
    """A property without a setter that returns the instance's attribute attr."""
    return property(lambda self: getattr(self, attr), doc=doc)
