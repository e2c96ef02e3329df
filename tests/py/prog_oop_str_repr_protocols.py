class S:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
print(S(), [S()], {"k": S()}, (S(),), {S()}, str([S()]), f"{S()}", f"{S()!r}", "%s %r" % (S(), S()))
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class NegLen:
    def __len__(self): return -1
try: len(NegLen())
except ValueError as e: print(e)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class Pos:
    def __new__(cls, v):
        if v < 0: return None
        inst = super().__new__(cls); inst.v = v; return inst
    def __init__(self, v): print("init", v)
print(Pos(1).v, Pos(-1))
class Reg:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache: return cls._cache[name]
        o = object.__new__(cls); cls._cache[name] = o; return o
    def __init__(self, name): self.name = name
print(Reg("a") is Reg("a"), Reg("b") is Reg("a"))
class D:
    def __del__(self): print("del called")
d = D(); del d; print("after del")
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try: {EqOnly(): 1}
except TypeError as e: print(e)
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1; self.n = 100
c1 = Cnt(); c2 = Cnt(); print(Cnt.n, c1.n, type(c1).n)
class Kls:
    x = [1]
    def add(self, v): self.x.append(v)
Kls().add(2); Kls().add(3); print(Kls.x)
print(str(Exception(1, "a")), str(Exception([1])), repr(Exception("a", 1)), str(ValueError()), repr(StopIteration(5)), StopIteration(5).value)
print(repr(SystemExit(3)), SystemExit(3).code, str(KeyError("a", "b")), repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
try: b"\xff".decode()
except UnicodeDecodeError as e: print(e)
try: "é".encode("ascii")
except UnicodeEncodeError as e: print(e)
class MyList(list):
    def __repr__(self): return "My" + super().__repr__()
ml = MyList([1,2]); ml.append(3); print(ml, len(ml), ml[1:], type(ml[1:]), ml + [4], type(ml + [4]))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md["a"], md["zz"], md, md.get("q"))
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
ad = AttrDict(x=1); ad.y = 2; print(ad.x, ad, ad.y)
try: ad.nope
except KeyError as e: print("KeyError", e)
