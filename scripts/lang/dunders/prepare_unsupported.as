# asyncscript-only: a metaclass __prepare__ must stop with a clear not-supported error, never be ignored
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("preparing", name)
        return {"prepared": True}


class Plain(type):
    pass


class Fine(metaclass=Plain):
    value = 1


print("metaclass without __prepare__:", Fine.value, type(Fine).__name__)


class Record(metaclass=Ordered):
    field = 1


print("not reached", Record.prepared)
