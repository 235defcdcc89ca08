# Frame objects from sys._getframe and inspect.currentframe, as debugging helpers use them:
# who called, from which line, with which arguments.
import inspect
import sys


def trace(message):
    caller = sys._getframe(1)
    args = {k: v for k, v in caller.f_locals.items() if not k.startswith("_")}
    print(f"[{caller.f_code.co_name}:{caller.f_lineno}] {message} {args}")


def call_chain():
    names = []
    frame = inspect.currentframe().f_back
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return " <- ".join(names)


def transfer(source, target, amount):
    trace("moving funds")
    balance = 100 - amount
    trace("balance computed")
    return call_chain(), balance


class Ledger:
    def post(self, entry):
        print(call_chain())
        return transfer("cash", entry, 30)


def main():
    chain, balance = Ledger().post("sales")
    print(chain, balance)
    me = sys._getframe()
    print(me.f_code.co_name, me.f_back.f_code.co_name, me.f_globals["__name__"])
    print(sorted(me.f_locals))
    try:
        sys._getframe(1000)
    except ValueError as e:
        print("ValueError:", e)


main()
