config = {"mode": "fast"}
match config:
    case {"mode": "fast", "mode": "slow"}:
        print("?")
