# Exceptions raised while handling another get it as __context__.
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    finally:
        x = 1 / 0
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))

# no context outside a handler
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__)

# context across a call
def helper():
    raise TypeError("from helper")
try:
    try:
        raise KeyError("outer")
    except KeyError:
        helper()
except TypeError as e:
    print(repr(e), repr(e.__context__))

# the context of a re-raised existing exception object is updated
saved = ValueError("saved")
try:
    try:
        raise IndexError("i")
    except IndexError:
        raise saved
except ValueError as e:
    print(e is saved, repr(e.__context__))

# a helper's own handled exception stays the context
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner")
try:
    try:
        raise KeyError("k")
    except KeyError:
        inner()
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
