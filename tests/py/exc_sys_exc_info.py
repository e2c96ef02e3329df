# sys.exc_info() follows handlers, nested handlers, calls and generators.
import sys

def current():
    t, v, tb = sys.exc_info()
    return None if t is None else (t.__name__, str(v))

print(current())
try:
    raise KeyError("outer")
except KeyError:
    print(current())
    try:
        raise ValueError("inner")
    except ValueError:
        print(current())
    print(current())
print(current())

def gen():
    yield current()
    try:
        raise IndexError("gen")
    except IndexError:
        yield current()
    yield current()

g = gen()
try:
    raise TypeError("caller")
except TypeError:
    print(next(g))
    print(next(g))
print(next(g))

try:
    try:
        raise KeyError("x")
    finally:
        print("in finally:", current())
except KeyError:
    pass
print(current())
