# What leaves a try/except*: re-raised parts keep the original group's
# structure; new exceptions are combined with them in a new group.
def attempt(label, f):
    try:
        f()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", repr(e))
        return e

def reraise_all():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise

e = attempt("reraise all", reraise_all)

def reraise_one():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass

attempt("reraise one", reraise_one)

def raise_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")

e = attempt("raise new", raise_new)
print("  parts:", [repr(x) for x in e.exceptions])
print("  context of new:", repr(e.exceptions[0].__context__))

def raise_new_only():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only")

e = attempt("raise new only", raise_new_only)

def raise_from_naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("replacement")

attempt("naked replaced", raise_from_naked)

def reraise_naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

attempt("naked reraised", reraise_naked)

def nested_structure():
    try:
        raise ExceptionGroup("a", [ExceptionGroup("b", [ValueError(1), TypeError(2)]), ValueError(3)])
    except* TypeError:
        raise

attempt("nested", nested_structure)

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("from V")
    except* TypeError:
        raise OSError("from T")

e = attempt("two new", two_new)
