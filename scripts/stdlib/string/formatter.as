# A custom string.Formatter: defaults for missing keys and a currency conversion.
import string


class SafeFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        if format_spec.endswith("$"):
            return "$" + format(value, format_spec[:-1] + "f")
        return super().format_field(value, format_spec)


f = SafeFormatter()
print(f.format("{0} bought {qty} x {item} for {price:.2$}", "ana", qty=3, price=9.5))
print(f.format("{name!r:>10}|{0:^7}|{1[k]}", "mid", {"k": "v"}, name="x"))
print(string.Formatter().format("{:>{width}}", "right", width=8))
print(list(string.Formatter().parse("Hi {name}, {{literal}} {0:>4} {x!s}")))
print(string.Formatter().vformat("{a}-{b}", (), {"a": 1, "b": 2}))
for bad in ["{0", "}", "{0!q}"]:
    try:
        string.Formatter().format(bad, 1)
    except ValueError as e:
        print("ValueError:", e)
