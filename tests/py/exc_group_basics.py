# ExceptionGroup / BaseExceptionGroup construction, attributes, str/repr.
eg = ExceptionGroup("many", [ValueError(1), TypeError("two")])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, eg.exceptions is eg.exceptions)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(eg, ExceptionGroup))
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))

# BaseExceptionGroup picks ExceptionGroup when every item is an Exception.
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError(), KeyboardInterrupt()])).__name__)

def attempt(f):
    try:
        r = f()
        print("ok:", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: ExceptionGroup("a"))
attempt(lambda: ExceptionGroup("a", [ValueError()], 3))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("a", 5))
attempt(lambda: ExceptionGroup("a", {ValueError()}))
attempt(lambda: ExceptionGroup("a", []))
attempt(lambda: ExceptionGroup("a", [ValueError(), 1]))
attempt(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("a", [ValueError()], x=1))

# Caught by except Exception; nested groups.
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
except Exception as e:
    print("caught", repr(e))
    print("nested:", repr(e.exceptions[1].exceptions[0]))

# A group of BaseExceptions is not an Exception.
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt()])
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException handler:", repr(e))
