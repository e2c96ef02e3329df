# Errors raised while matching class patterns (TypeError, at run time).
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class NoArgs:
    pass

def t1():
    match NoArgs():
        case NoArgs(x):
            return x
attempt("no __match_args__", t1)

class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

def t2():
    match Two():
        case Two(x, y, z):
            return x
attempt("too many positional", t2)

def t2b():
    match Two():
        case Two(x, y):
            return (x, y)
attempt("exact positional", t2b)

class ListArgs:
    __match_args__ = ["a"]
    a = 1

def t3():
    match ListArgs():
        case ListArgs(x):
            return x
attempt("__match_args__ list", t3)

class IntArgs:
    __match_args__ = ("a", 5)
    a = 1

def t4():
    match IntArgs():
        case IntArgs(x, y):
            return x
attempt("non-str __match_args__", t4)

def t5():
    match Two():
        case Two(x, a=1):
            return x
attempt("repeated attribute", t5)

not_a_type = len
def t6():
    match 5:
        case not_a_type():
            return "?"
attempt("not a type", t6)

def t7():
    match 5:
        case int(a, b):
            return a
attempt("int two positional", t7)

def t8():
    match 5.0:
        case float(a, b, c):
            return a
attempt("float three positional", t8)

# The isinstance check happens first: a non-instance never raises.
def t9():
    match "x":
        case NoArgs(a, b, c):
            return "?"
        case _:
            return "no error for non-instances"
attempt("non-instance", t9)

# A property that raises something other than AttributeError propagates.
class Bad:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise ValueError("boom")

def t10():
    match Bad():
        case Bad(x):
            return x
attempt("raising property", t10)

class Missing:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise AttributeError("nope")

def t11():
    match Missing():
        case Missing(x):
            return x
        case _:
            return "AttributeError means no match"
attempt("AttributeError property", t11)
