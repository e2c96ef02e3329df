class Secret:
    __count = 0
    def __init__(self): self.__hidden = 42; Secret.__count += 1
    def reveal(self): return self.__hidden, Secret.__count
    def __private(self): return "priv"
    def call(self): return self.__private()
s = Secret(); print(s.reveal(), s._Secret__hidden, s.call(), sorted(vars(s)), "_Secret__count" in Secret.__dict__)
try: s.__hidden
except AttributeError as e: print(e)
class Sub(Secret):
    def __init__(self): super().__init__(); self.__hidden = "sub"
print(sorted(vars(Sub())))
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e: print(e)
class LenOnly:
    def __len__(s): return 0
print(bool(LenOnly()), not LenOnly(), "yes" if LenOnly() else "no")
class Both:
    def __bool__(s): return True
    def __len__(s): return 0
print(bool(Both()))
class Cmp:
    def __init__(s, v): s.v = v
    def __eq__(s, o): print("eq", s.v, getattr(o, "v", o)); return s.v == getattr(o, "v", o)
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) in [0, 1], [Cmp(2)] == [Cmp(2)], (Cmp(3),) < (Cmp(3), 1))
class R:
    def __eq__(s, o): print("R.eq"); return NotImplemented
class L(R):
    def __eq__(s, o): print("L.eq"); return True
print(R() == L(), L() == R())
class Num(int): pass
class Add:
    def __add__(s, o): print("Add.add"); return NotImplemented
    def __radd__(s, o): print("Add.radd"); return "radd"
print(Add() + Add() if False else "", 1 + Add())
try: Add() + 1
except TypeError as e: print(e)
class Ctx:
    def __init__(s, name): s.name = name
    def __enter__(s): print("enter", s.name); return s.name
    def __exit__(s, t, v, tb): print("exit", s.name, t and t.__name__); return s.name == "outer"
with Ctx("outer") as a:
    with Ctx("inner") as b:
        print(a, b); raise KeyError
print("done")
class NoEnter: pass
try:
    with NoEnter(): pass
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(s): pass
try:
    with OnlyEnter(): pass
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
