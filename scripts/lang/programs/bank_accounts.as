# Checks: a class-based program — inheritance, class attributes, properties, custom exceptions,
# __repr__, sorting objects, try/except/else/finally in a transaction loop.
class BankError(Exception):
    pass
class Insufficient(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount} (balance {account.balance})")
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise Insufficient(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
accounts = [Account("ann", 100), Savings("bob", 1000), Account("cy")]
ops = [(0, "withdraw", 30), (2, "withdraw", 5), (1, "deposit", -3), (2, "deposit", 50), (0, "withdraw", 100)]
for idx, op, amount in ops:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amount)
    except Insufficient as e:
        print("insufficient:", e)
    except ValueError as e:
        print("invalid:", e)
    else:
        print("ok:", op, amount, acct)
    finally:
        print("  balance now", acct.balance)
print("interest:", accounts[1].add_interest())
print(sorted(accounts, key=lambda a: a.balance))
print([a.history for a in accounts])
print(isinstance(accounts[1], Account), Account.next_id)
