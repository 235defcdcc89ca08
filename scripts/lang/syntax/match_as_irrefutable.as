match 1:
    case (a as b) as c:
        print(c)
    case 2:
        pass
