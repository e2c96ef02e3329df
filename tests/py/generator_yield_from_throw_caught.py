def inner():
    while True:
        try:
            x = yield "inner ready"
            print("inner got", x)
        except ValueError as e:
            print("inner caught", e)
            return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer continues"
    return "outer done"
g = outer()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("v")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("inner2 finally")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")
o = outer2()
next(o)
o.close()
def inner3():
    yield 1
def outer3():
    try:
        yield from inner3()
    except KeyError as e:
        print("outer3 caught", repr(e))
        yield "recovered"
o3 = outer3()
next(o3)
print(o3.throw(KeyError("k")))
def deep(n):
    if n == 0:
        try:
            yield "bottom"
        except IndexError:
            yield "bottom caught"
    else:
        yield from deep(n - 1)
d = deep(5)
print(next(d))
print(d.throw(IndexError))
def lst_yf():
    yield from [1, 2, 3]
l = lst_yf()
next(l)
try:
    l.throw(ValueError("into list iter"))
except ValueError as e:
    print("list case:", e)
l2 = lst_yf()
next(l2)
l2.close()
print(next(l2, "l2 closed"))
