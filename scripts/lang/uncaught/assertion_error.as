# Checks: a failing assert with a message, uncaught; stderr ends with "AssertionError: <msg>".
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"{a} > {b} in {xs}"
    print("sorted:", xs)
check_sorted([1, 2, 3])
check_sorted([1, 3, 2])
