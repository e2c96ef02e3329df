class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter.make(3)
print(Counter.how_many(), Sub.how_many(), Counter().how_many())
print(Counter.add(1, 2), Counter().add(3, 4))
objs = Sub.make(2)
print([type(o).__name__ for o in objs], Counter.count)
cm = Counter.__dict__['make']
sm = Counter.__dict__['add']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(sm(10, 20))
print(repr(Counter.how_many).startswith("<bound method Counter.how_many of <class '__main__.Counter'>>"))
print(Counter.add.__qualname__)
def f(x): return x * 2
s = staticmethod(f)
c = classmethod(f)
print(s(21), s.__func__ is f, c.__func__ is f)
class K:
    double = staticmethod(f)
    kind = classmethod(lambda cls: cls.__name__)
print(K.double(4), K().double(5), K.kind(), K().kind())
