# with statements: __enter__/__exit__ on normal exit and on exceptions.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val), tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")

try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with CM("d") as x, CM("e") as y:
    print("two items", x, y)

try:
    with CM("f"), CM("g", suppress=True), CM("h"):
        raise IndexError("inner")
    print("g swallowed it")
except IndexError:
    print("not reached")

def ret():
    with CM("r"):
        return "returned"
print(ret())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

with CM("t") as (p):
    print(p)
