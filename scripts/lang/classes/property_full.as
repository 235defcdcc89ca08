class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    def _get_f(self):
        return self._c * 9 / 5 + 32

    fahrenheit = property(_get_f, doc="Degrees Fahrenheit.")


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 25
print(t.celsius)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
