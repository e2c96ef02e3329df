import_free = True
def g():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield "suspended in except"
        raise
it = g()
print(next(it))
try:
    raise ValueError("caller")
except ValueError:
    try:
        next(it)
    except KeyError as e:
        print("reraised", repr(e), repr(e.__context__))
def h():
    yield 1
    raise TypeError("from h")
x = h()
next(x)
try:
    raise ValueError("outer handling")
except ValueError:
    try:
        next(x)
    except TypeError as e:
        print("context", repr(e.__context__))
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "in handler"
        yield "still"
kk = k()
print(next(kk))
try:
    raise NameError("n")
except NameError as e:
    print(next(kk))
    print("caller still handles", repr(e))
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
