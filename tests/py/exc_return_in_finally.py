# return / break / continue inside finally discard the pending exception.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke at %d" % i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(continue_in_finally())

def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")
print(return_in_except())

def return_in_except_overridden():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        return "from finally"
print(return_in_except_overridden())

import_free = 0
def finally_raises():
    try:
        return 1
    finally:
        raise RuntimeError("in finally")
try:
    finally_raises()
except RuntimeError as e:
    print("caught", e, e.__context__)
