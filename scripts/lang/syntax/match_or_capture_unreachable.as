match 3:
    case x | 1:
        print(x)
