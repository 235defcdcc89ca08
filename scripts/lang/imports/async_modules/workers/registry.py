events = []


def log(who, what):
    events.append(f"{who}: {what}")
