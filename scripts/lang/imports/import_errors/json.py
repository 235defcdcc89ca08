LOCAL = True


def dumps(obj):
    return "local dumps of " + repr(obj)
