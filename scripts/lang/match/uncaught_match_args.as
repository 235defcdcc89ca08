# An uncaught TypeError from a class pattern with too many positional sub-patterns.


class Config:
    def __init__(self, name):
        self.name = name


def load(cfg):
    match cfg:
        case Config(name):
            return name
    return None


print("loading")
print(load(Config("prod")))
