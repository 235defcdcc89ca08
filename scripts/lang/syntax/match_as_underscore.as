match 1:
    case 1 as _:
        print("?")
