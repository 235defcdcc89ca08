match [1]:
    case *items:
        print(items)
