# sys.exc_info() and sys.exception() see the exception being handled.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("bad value")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    print(sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[1]
print(repr(f()))
