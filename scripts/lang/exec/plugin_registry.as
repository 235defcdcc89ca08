# A plugin system: plugin sources are exec'd in namespaces that offer a register decorator;
# the registry then runs the registered hooks in order.

registry = {}


def register(event):
    def decorate(fn):
        registry.setdefault(event, []).append(fn)
        return fn
    return decorate


plugins = {
    "greeter": """
@register("start")
def greet(ctx):
    ctx["log"].append(f"hello {ctx['user']}")
""",
    "audit": """
count = 0

@register("start")
@register("stop")
def audit(ctx):
    global count
    count += 1
    ctx["log"].append(f"audit #{count}")
""",
}

namespaces = {}
for name, source in plugins.items():
    ns = {"register": register, "__name__": f"plugin_{name}"}
    exec(source, ns)
    namespaces[name] = ns

ctx = {"user": "ada", "log": []}
for event in ["start", "stop", "start"]:
    for hook in registry.get(event, []):
        hook(ctx)
print(ctx["log"])
print({name: sorted(k for k in ns if not k.startswith("__")) for name, ns in namespaces.items()})
print(registry["start"][0].__name__, registry["start"][0].__module__)
