x = 3
match 4:
    case 1 + x:
        print("?")
