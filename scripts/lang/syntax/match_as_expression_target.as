match (1, 2):
    case (1, 2) as (pair):
        print("?")
