# Exceptions and generators.
def gen():
    yield 1
    raise ValueError("from gen")

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
try:
    next(g)
except StopIteration:
    print("exhausted")

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in guarded():
    print(x)

def catcher():
    while True:
        try:
            v = yield
            print("got", v)
        except KeyError as e:
            print("gen caught", repr(e))
            yield "handled"
c = catcher()
next(c)
c.send(1)
print(c.throw(KeyError("thrown")))
next(c)
c.send(2)

# exception state inside a generator suspended in a handler
def in_handler():
    try:
        raise IndexError("gen's")
    except IndexError:
        yield 1
        raise   # re-raises the generator's own exception
h = in_handler()
print(next(h))
try:
    raise KeyError("caller's")
except KeyError:
    pass
try:
    next(h)
except IndexError as e:
    print("re-raised in gen:", repr(e))

# the caller's handled exception is the context inside the generator
def raiser():
    raise ValueError("in gen")
    yield
try:
    try:
        raise KeyError("caller")
    except KeyError:
        next(raiser())
except ValueError as e:
    print(repr(e), repr(e.__context__))

def close_me():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
cm = close_me()
next(cm)
cm.close()
print("closed")

def stop_in_gen():
    yield 1
    raise StopIteration
try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
