# obj.__class__ = C between layout-compatible heap classes (the state pattern).
class State:
    def __init__(self): self.log = []
    def handle(self): raise NotImplementedError
    def __repr__(self): return f"<{type(self).__name__} log={self.log}>"
class Idle(State):
    def handle(self): self.log.append("idle->run"); self.__class__ = Running
class Running(State):
    def handle(self): self.log.append("run->idle"); self.__class__ = Idle
m = Idle()
for _ in range(4):
    m.handle(); print(m, isinstance(m, Running))
class Slotted:
    __slots__ = ("a",)
class Slotted2:
    __slots__ = ("a",)
class Slotted3:
    __slots__ = ("b",)
s = Slotted(); s.a = 1; s.__class__ = Slotted2; print(type(s).__name__, s.a)
for bad in (Slotted3, int, 5, None):
    try: s.__class__ = bad
    except TypeError as e: print(e)
try: del s.__class__
except TypeError as e: print(e)
class L(list): pass
class L2(list): pass
class D(dict): pass
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
try: l.__class__ = D
except TypeError as e: print(e)
try: l.__class__ = Idle
except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
try: [].__class__ = L
except TypeError as e: print(e)
class P:
    def hello(self): return "P"
class Q:
    def hello(self): return "Q"
objs = [P() for _ in range(3)]
out = []
for i in range(6):
    o = objs[i % 3]
    out.append(o.hello())
    o.__class__ = Q if type(o) is P else P
print(out)
