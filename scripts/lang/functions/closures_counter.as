# Checks: closures — counter factories with independent state, closures sharing one cell,
# closures capturing parameters, reading after the outer function returned.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = make_pair()
print(get())
put(42)
print(get())
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def make_accumulators():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_accumulators()
print(acc(1), acc(2), acc(3))
