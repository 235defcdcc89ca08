import math

principal, rate, years = 25000.0, 0.045, 5
monthly = rate / 12
n = years * 12
payment = principal * monthly / (1 - math.pow(1 + monthly, -n))
print(f"payment {payment:.2f}")
balance = principal
for month in range(1, n + 1):
    interest = balance * monthly
    balance -= payment - interest
    if month % 12 == 0:
        print(f"year {month // 12}: balance {abs(balance):10.2f}")
print(math.isclose(balance, 0, abs_tol=1e-6), math.ceil(payment), math.floor(payment))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(12), math.gcd(84, 36), math.lcm(4, 6))
