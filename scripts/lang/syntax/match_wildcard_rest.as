match {"a": 1}:
    case {"a": 1, **_}:
        print("?")
