# A generator's handled exception is its own across yields.
def g():
    try:
        raise KeyError("gen")
    except KeyError:
        yield "in handler"
        try:
            raise ValueError("nested")
        except ValueError as e:
            yield repr(e.__context__)
        yield "still handling"
    yield "after handler"
    try:
        raise IndexError("late")
    except IndexError as e:
        yield repr(e.__context__)

gen = g()
print(next(gen))
try:
    raise TypeError("caller")
except TypeError:
    print(next(gen))
print(next(gen))
print(next(gen))
try:
    raise TypeError("caller again")
except TypeError:
    print(next(gen))

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    yield "done"
t = thrower()
next(t)
print(t.throw(ValueError("thrown in")))
print(next(t))
try:
    t.throw(KeyError("uncaught"))
except KeyError as e:
    print("propagated", repr(e))

def delegating():
    try:
        yield from thrower()
    except KeyError:
        yield "outer caught"
d = delegating()
next(d)
print(d.throw(ValueError("via yield from")))
