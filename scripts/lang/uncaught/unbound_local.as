# Checks: an uncaught UnboundLocalError (a local assigned later in the function shadows the
# global).
total = 10
def add(n):
    print("adding", n)
    total = total + n
    return total
add(5)
