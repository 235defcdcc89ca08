match 3:
    case _ | 1:
        print("any")
