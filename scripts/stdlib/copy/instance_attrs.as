# Copying plain instances: __init__ is not run again, attributes are copied, properties kept.
import copy

class Account:
    created = 0

    def __init__(self, owner, balance):
        Account.created += 1
        self.owner = owner
        self._balance = balance
        self.tags = {"new"}

    @property
    def balance(self):
        return self._balance

acct = Account("ann", 100)
twin = copy.copy(acct)
deep = copy.deepcopy(acct)
twin.owner = "ben"
acct.tags.add("vip")
print(Account.created, acct.owner, twin.owner, twin.balance, sorted(twin.tags), deep.tags)
print(type(twin) is Account, vars(deep), twin.tags is acct.tags, deep.tags is acct.tags)

class Failure(Exception):
    pass

err = Failure("disk full", 28)
err.path = "/tmp"
again = copy.deepcopy(err)
print(repr(again), again.args, again.path, again is not err)
