# An uncaught exception raised from another: the script ends with the chained RuntimeError.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount

acct = Account(100)
acct.withdraw(30)
print("balance", acct.balance)
try:
    acct.withdraw(100)
except InsufficientFunds as e:
    print("caught:", e)
def process():
    try:
        acct.withdraw(500)
    except InsufficientFunds as e:
        raise RuntimeError("transaction failed") from e
process()
