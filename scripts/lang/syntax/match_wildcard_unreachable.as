def f(v):
    match v:
        case _:
            return 0
        case 1:
            return 1

print(f(1))
