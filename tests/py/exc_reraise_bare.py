# A bare raise re-raises the exception being handled.
def f():
    try:
        {}["missing"]
    except KeyError:
        print("handling, re-raising")
        raise

try:
    f()
except KeyError as e:
    print("outer got", repr(e))

def g():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise   # still the ValueError

try:
    g()
except ValueError as e:
    print("re-raised", repr(e))
except TypeError as e:
    print("wrong", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def reraise_after_loop():
    try:
        raise IndexError(5)
    except IndexError:
        for i in range(2):
            pass
        raise
try:
    reraise_after_loop()
except IndexError as e:
    print("loop then raise", e)
