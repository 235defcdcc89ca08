# Benchmark: class-heavy code — Order and LineItem objects with properties, methods,
# __eq__/__lt__, sorted() over instances and sums of generator expressions.
class LineItem:
    def __init__(self, sku, qty, price):
        self.sku = sku
        self.qty = qty
        self.price = price

    @property
    def total(self):
        return self.qty * self.price

    def __eq__(self, other):
        return self.sku == other.sku and self.qty == other.qty

    def __lt__(self, other):
        return (self.sku, self.qty) < (other.sku, other.qty)


class Order:
    def __init__(self, oid, customer):
        self.oid = oid
        self.customer = customer
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self

    @property
    def total(self):
        return sum(item.total for item in self.items)

    def count(self):
        return sum(item.qty for item in self.items)

    def __lt__(self, other):
        return self.total < other.total


def main():
    orders = []
    for i in range(15000):
        o = Order(i, "c%d" % (i % 97))
        for j in range(i % 5 + 1):
            o.add(LineItem("sku%d" % ((i + j) % 50), j + 1, (i * 7 + j) % 100 + 0.5))
        orders.append(o)
    ranked = sorted(orders)
    best = ranked[-1]
    items = sorted(it for o in orders[:3000] for it in o.items)
    dups = sum(1 for a, b in zip(items, items[1:]) if a == b)
    by_customer = {}
    for o in orders:
        by_customer[o.customer] = by_customer.get(o.customer, 0) + o.count()
    print(best.oid, round(best.total, 2), dups, max(by_customer.values()), round(sum(o.total for o in orders), 2))


main()
