def g():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 100
        n += 1
it = g()
print(next(it))
print(it.throw(ValueError("one")))
print(it.throw(ValueError, "two"))
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "finished"))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin()
print(next(f))
f.close()
print(next(f, "closed"))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catch_exit()
next(c)
print(c.close())
def ret_in_finally():
    try:
        yield 1
    finally:
        return "x"
r = ret_in_finally()
next(r)
print(r.close())
try:
    g().throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted:", e)
def stop_value():
    yield 1
    return [1, 2]
s = stop_value()
next(s)
try:
    next(s)
except StopIteration as e:
    print("value", e.value, e.args)
