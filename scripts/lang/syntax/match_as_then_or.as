match 1:
    case x as y | z:
        print(y)
