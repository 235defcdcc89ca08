# A class's __dict__ is a live, read-only view: attributes set or deleted on the class later
# show through a proxy taken earlier.
class Registry:
    kind = "base"

    def describe(self):
        return f"{type(self).__name__} of kind {self.kind}"


view = Registry.__dict__
Registry.version = 2
Registry.kind = "plugin"
print("version" in view, view["version"], view["kind"])
del Registry.version
print("version" in view, view.get("version", "gone"))
own = [k for k in view if not k.startswith("__")]
print(own, len(view) == len(Registry.__dict__))
try:
    view["kind"] = "other"
except TypeError as e:
    print("TypeError:", e)
print(Registry().describe(), type(view).__name__)
