def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1))
print(append(2))
print(append(3, []))
print(append(4))
print(append.__defaults__)
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter())
calls = []
def make():
    calls.append(1)
    return len(calls)
def f(x=make()):
    return x
print(f(), f(), len(calls))
def g(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(g(), g())
