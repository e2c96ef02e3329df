# except* clauses: each handles the matching part of the group; the rest
# propagates; naked exceptions are wrapped.
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError clause:", repr(e))
    except* (TypeError, KeyError) as e:
        print("  Type/Key clause:", repr(e))
    except* OSError:
        print("  OSError clause (no name)")

def attempt(exc):
    print("raising", repr(exc))
    try:
        run(exc)
        print("  handled completely")
    except BaseException as e:
        print("  propagated:", repr(e))

attempt(ExceptionGroup("all", [ValueError(1), TypeError(2), OSError(3)]))
attempt(ExceptionGroup("some", [ValueError(1), ZeroDivisionError(2)]))
attempt(ExceptionGroup("none", [ZeroDivisionError(1)]))
attempt(ValueError("naked"))
attempt(ZeroDivisionError("naked, unmatched"))
attempt(ExceptionGroup("nested", [ExceptionGroup("in", [KeyError("k"), ArithmeticError()]), ValueError()]))

# The name is unbound after the clause.
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# else and finally.
def with_else(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("  handler")
    else:
        print("  else")
    finally:
        print("  finally")

with_else(True)
with_else(False)

# sys.exc_info() inside a clause is the matched group.
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("exc_info:", repr(sys.exc_info()[1]))
except* TypeError:
    print("exc_info:", repr(sys.exc_info()[1]))
print("after: exc_info is", sys.exc_info()[1])

# Loops inside an except* body may break and continue.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# Catching an ExceptionGroup type with except* is an error.
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
