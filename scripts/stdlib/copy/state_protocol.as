# __getstate__/__setstate__ and __reduce__ decide what a copy carries.
import copy

class Session:
    def __init__(self, user):
        self.user = user
        self.token = "secret"
        self.history = ["login"]

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["token"]
        return state

    def __setstate__(self, state):
        print("restoring", sorted(state))
        self.user = state["user"]
        self.history = state["history"]
        self.token = None

s = Session("ann")
c = copy.copy(s)
d = copy.deepcopy(s)
s.history.append("view")
print(c.user, c.token, c.history, d.history)

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))

    def __repr__(self):
        return f"Money({self.cents})"

print(copy.copy(Money(250)), copy.deepcopy([Money(1), Money(2)]))
