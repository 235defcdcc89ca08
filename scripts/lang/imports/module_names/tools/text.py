from greet import hello

print("tools.text imported as", __name__, "package", __package__)


def banner(s):
    return f"== {s} == ({hello(__name__)})"
