import halfway

try:
    halfway.LATE
except AttributeError as e:
    print("partner:", e)
