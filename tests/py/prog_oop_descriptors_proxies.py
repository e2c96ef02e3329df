class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; self.pub = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.pub} must be {self.kind.__name__}, got {type(v).__name__}")
        setattr(obj, self.name, v)
class Person:
    name = Typed(str); age = Typed(int)
    def __init__(self, n, a): self.name = n; self.age = a
p = Person("al", 3); print(p.name, p.age, Person.name.pub, vars(p))
try: p.age = "x"
except TypeError as e: print(e)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t):
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class C:
    calls = 0
    @Lazy
    def expensive(self): C.calls += 1; return 42
c = C(); print(c.expensive, c.expensive, C.calls)
class Proxy:
    def __init__(self, t): object.__setattr__(self, "_t", t)
    def __getattr__(self, n): print("getattr", n); return getattr(self._t, n)
    def __setattr__(self, n, v): print("setattr", n); setattr(self._t, n, v)
    def __delattr__(self, n): print("delattr", n)
pr = Proxy([3,1,2]); pr.sort(); print(pr._t); pr.x = 1 if False else None
try: pr.foo = 5
except AttributeError as e: print(e)
del pr.whatever
class Counted:
    def __getattribute__(self, n):
        if n.startswith("secret"): raise AttributeError(f"no {n}")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return f"default-{n}"
    secret_x = 1
    y = 2
cc = Counted(); print(cc.y, cc.secret_x, cc.zz)
class Rec:
    def __init__(self): self.items = []
    def __repr__(self): return f"Rec({self.items})"
r = Rec(); r.items.append(r); print(r) if False else None
l = [1]; l.append(l); print(l); d = {}; d["self"] = d; print(d)
class WithClassGetitem:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(WithClassGetitem[int], list[int], dict[str, list[int]], tuple[int, ...])
class Temp:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return NotImplemented if not isinstance(o, Temp) else self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"{self.c}°"
print(Temp(1) == 1, Temp(1) == Temp(1), Temp(1) != Temp(2), sorted([Temp(3), Temp(1)]), Temp(2) > Temp(1))
try: Temp(1) <= Temp(2)
except TypeError as e: print(e)
class Num:
    def __init__(s, v): s.v = v
    def __radd__(s, o): return Num(o + s.v)
    def __add__(s, o): return Num(s.v + (o.v if isinstance(o, Num) else o))
    def __repr__(s): return f"Num({s.v})"
    def __index__(s): return s.v
    def __int__(s): return s.v
    def __float__(s): return float(s.v)
print(sum([Num(1), Num(2)]), 5 + Num(1), [0,1,2,3][Num(2)], bin(Num(5)), float(Num(2)), int(Num(7)), range(Num(3)))
