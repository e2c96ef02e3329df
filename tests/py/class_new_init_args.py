class OnlyNew:
    def __new__(cls, a, b):
        o = super().__new__(cls)
        o.sum = a + b
        return o
print(OnlyNew(1, 2).sum)
class OnlyInit:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
o = OnlyInit(1, 2, k=3)
print(o.args, o.kw)
class Kw:
    def __init__(self, *, name, size=1):
        self.name, self.size = name, size
k = Kw(name="n")
print(k.name, k.size)
try:
    Kw("pos")
except TypeError as e:
    print("TypeError:", e)
class Child(OnlyInit):
    def __init__(self, x):
        super().__init__(x, x)
print(Child(7).args)
