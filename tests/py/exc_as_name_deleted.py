# The `as` name is deleted at the end of the handler.
def f():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        print("inside", repr(e))
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
f()

try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print("exc" in globals(), type(saved).__name__)
try:
    exc
except NameError as err:
    print("NameError:", err)

# del of the name inside the handler is fine
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        del e
        print("deleted inside")
    return "ok"
print(g())

# the exception object survives when stored elsewhere
def h():
    keep = []
    try:
        raise IndexError("kept")
    except IndexError as e:
        keep.append(e)
    return keep[0]
print(repr(h()))
