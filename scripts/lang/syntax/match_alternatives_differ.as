match [1, 2]:
    case [1, y] | [y, z]:
        print(y)
