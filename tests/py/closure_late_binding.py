fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    out = []
    for i in range(4):
        def f():
            return i * 10
        out.append(f)
    return out
print([f() for f in make()])
def make2():
    out = []
    for i in range(4):
        def f(i=i):
            return i * 10
        out.append(f)
    return out
print([f() for f in make2()])
def later():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(later())
hs = []
for k in "abc":
    hs.append(lambda: k)
print([h() for h in hs])
