def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    def reset():
        nonlocal n
        n = 0
    return inc, get, reset
inc, get, reset = counter()
print(inc(), inc(), get())
reset()
print(get(), inc())
inc2, get2, _ = counter()
print(inc2(), get2(), get())
print(inc.__closure__[0] is get.__closure__[0])
print(inc.__closure__[0] is inc2.__closure__[0])
print(inc.__closure__[0].cell_contents)
def bank():
    balance = 100
    log = []
    def dep(x):
        nonlocal balance
        balance += x
        log.append(("dep", x))
    def wd(x):
        nonlocal balance
        balance -= x
        log.append(("wd", x))
    def show():
        return balance, log
    return dep, wd, show
d, w, s = bank()
d(50); w(30); d(5)
print(s())
