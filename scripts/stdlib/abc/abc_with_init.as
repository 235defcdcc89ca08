# An abstract base with an __init__ taking arguments, subclasses chaining to it with super(),
# and an abstract method that has a default implementation subclasses reuse.
from abc import ABC, abstractmethod


class Account(ABC):
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    @abstractmethod
    def fee(self, amount):
        return 0

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds for {total}")
        self.balance -= total
        return self.balance


class Checking(Account):
    def fee(self, amount):
        return super().fee(amount) + 1


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def fee(self, amount):
        return round(amount * self.rate)


for acct in (Checking("ann", 50), Savings("bob", 100, 0.1)):
    for amount in (20, 40):
        try:
            print(acct.owner, acct.withdraw(amount))
        except ValueError as e:
            print(type(e).__name__, e)
try:
    Account("eve", 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Checking()
except TypeError as e:
    print(type(e).__name__, e)
