k = "a"
match {"a": 1}:
    case {k: 1}:
        print("?")
