class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
def getx(self): return self._x
def setx(self, v): self._x = v * 2
class P:
    x = property(getx, setx, None, "the x")
    y = property()
p = P()
p.x = 5
print(p.x, P.x.__doc__, P.x.fget is getx, P.x.fset is setx, P.x.fdel)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
# property beats instance dict
p.__dict__['x'] = 'shadow'
print(p.x)
class Q:
    @property
    def val(self):
        return 42
q = Q()
try:
    q.val = 1
except AttributeError as e:
    print("AttributeError:", e)
print(q.val)
