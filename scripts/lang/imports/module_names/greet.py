print("greet imported as", __name__, "package", repr(__package__))


def hello(who):
    return f"hello, {who} (from {__name__})"


if __name__ == "__main__":
    print("greet run as a script: not when imported")
