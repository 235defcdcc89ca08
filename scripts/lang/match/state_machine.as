# A vending machine as a state machine: (state, event) tuples matched with literal, capture
# and class patterns, guards on the amount of credit.


class Coin:
    __match_args__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents


class Select:
    __match_args__ = ("item",)

    def __init__(self, item):
        self.item = item


PRICES = {"cola": 150, "chips": 100}


def step(state, event):
    match state, event:
        case ("idle", 0), Coin(c) if c in (5, 10, 25, 100):
            return ("paying", c), f"credit {c}"
        case ("paying", credit), Coin(c) if c in (5, 10, 25, 100):
            return ("paying", credit + c), f"credit {credit + c}"
        case (_, credit), Coin(c):
            return state, f"rejected coin {c}"
        case ("paying", credit), Select(item) if item not in PRICES:
            return state, f"no such item {item}"
        case ("paying", credit), Select(item) if credit >= PRICES[item]:
            change = credit - PRICES[item]
            return ("idle", 0), f"vend {item}, change {change}"
        case ("paying", credit), Select(item):
            return state, f"{item} costs {PRICES[item]}, credit {credit}"
        case ("idle", _), Select(_):
            return state, "insert coins first"
        case ("paying", credit), "refund":
            return ("idle", 0), f"refund {credit}"
        case _, "refund":
            return state, "nothing to refund"
        case _, unknown:
            return state, f"ignored {unknown!r}"


state = ("idle", 0)
events = [Select("cola"), Coin(100), Coin(3), Select("cola"), Coin(25), Coin(25), Select("cola"),
          "refund", Coin(100), Select("tea"), Select("chips"), Coin(10), "refund", "kick"]
for ev in events:
    state, message = step(state, ev)
    print(f"{message:<28} -> {state}")
