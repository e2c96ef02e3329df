# User descriptors: __get__, __set__, __delete__, data vs non-data.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('  deleting', self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('Ann', 30)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
p.__dict__['age'] = 'shadow?'
print(p.age)
del p.name
print(p.name)

class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print('  computing')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)

class Const:
    def __get__(self, obj, cls):
        return ('const', obj is None, cls.__name__)
class Holder:
    k = Const()
h = Holder()
print(h.k, Holder.k)
h.k = 'own'
print(h.k, Holder.k)

class ReadOnlyD:
    def __get__(self, obj, cls):
        return 1
    def __set__(self, obj, v):
        raise AttributeError('read-only')
class R:
    x = ReadOnlyD()
r = R()
try:
    r.x = 5
except AttributeError as e:
    print('AttributeError:', e)
print(r.x)
try:
    del r.x
except AttributeError as e:
    print('AttributeError:', e)

class Doubler:
    def __get__(self, obj, cls):
        return lambda v: v * 2
class UsesMethod:
    dbl = Doubler()
print(UsesMethod().dbl(21), UsesMethod.dbl('ab'))
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, cls):
        self.n += 1
        return self.n
class C2:
    hits = Counter()
o = C2()
print(o.hits, o.hits, C2.hits)
print(Typed.__get__(Person.age, p, Person), Const().__get__(None, Holder))
