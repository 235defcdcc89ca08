for v in [1, 2]:
    match v:
        case n if n > 1:
            print("big", n)
        case n:
            print("small", n)
        case 3:
            pass
