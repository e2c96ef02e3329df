# split(), subgroup() and derive(): by type, tuple of types, or predicate;
# the structure of nested groups is kept; metadata is copied.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("deep", [ValueError(5)])]),
    OSError(6),
])

def show(label, x):
    print(label, repr(x))

m, r = eg.split(ValueError)
show("split V match:", m)
show("split V rest: ", r)
m, r = eg.split((TypeError, OSError))
show("split T/O match:", m)
show("split T/O rest: ", r)
m, r = eg.split(lambda e: isinstance(e, LookupError))
show("predicate match:", m)
show("predicate rest: ", r)
show("split Exception:", eg.split(Exception))
show("split ZeroDivisionError:", eg.split(ZeroDivisionError))
show("split ExceptionGroup:", eg.split(ExceptionGroup))
show("subgroup V:", eg.subgroup(ValueError))
show("subgroup none:", eg.subgroup(ArithmeticError))
show("subgroup whole:", eg.subgroup(lambda e: e is eg))
show("subgroup same object:", eg.subgroup(Exception) is eg)

# The predicate sees groups and leaves, top-down.
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return False
eg.split(pred)
print(seen)

# derive builds a new group with the same message.
d = eg.derive([ZeroDivisionError("z")])
show("derive:", d)
print(type(eg.derive([KeyboardInterrupt()])).__name__)

# split copies __cause__, __context__ and __traceback__ to the parts.
try:
    try:
        raise KeyError("cause")
    except KeyError as k:
        raise ExceptionGroup("with meta", [ValueError(1), TypeError(2)]) from k
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(repr(m.__cause__), repr(r.__cause__), m.__traceback__ is caught.__traceback__)
    print(m.__context__ is caught.__context__)

def bad(x):
    return 1 / 0
try:
    eg.split(bad)
except ZeroDivisionError as e:
    print("predicate error propagates:", e)
for cond in [5, "x", (ValueError, 5), None]:
    try:
        eg.split(cond)
    except TypeError as e:
        print("TypeError:", e)
