class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
class NotFound(AppError): pass
class Invalid(AppError, ValueError): pass
def lookup(k):
    if k < 0: raise Invalid("negative", 400)
    if k > 10: raise NotFound(f"key {k}", 404)
    return k
for k in (1, -1, 11):
    try:
        print(lookup(k))
    except ValueError as e:
        print("VE", e, e.code, repr(e), e.args)
    except AppError as e:
        print("AE", e, type(e).__mro__)
try:
    try:
        lookup(99)
    except NotFound as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        {}["x"]
except KeyError as e:
    print(repr(e), repr(e.__context__))
class E2(Exception): pass
print(repr(E2()), str(E2()), repr(E2(1,2)), str(E2(1,2)), E2("a").args)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(IndexError("i")))
def f():
    try:
        return 1
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("vals", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
e = ValueError("x"); e.add_note("note1") if hasattr(e, "add_note") else None; print(getattr(e, "__notes__", None))
import sys
try:
    raise NotFound("zzz", 1)
except Exception:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
raise Invalid("final", 500) from KeyError("k")
