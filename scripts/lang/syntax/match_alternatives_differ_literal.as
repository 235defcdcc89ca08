match 5:
    case 1 | n:
        print(n)
