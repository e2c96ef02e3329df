# BaseException.add_note (3.11) and the notes in the uncaught-exception report.
e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("hint 1")
e.add_note("hint 2")
print(e.__notes__, e.add_note("hint 3"), len(e.__notes__))
try:
    e.add_note(3)
except TypeError as x:
    print(x)
def f():
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
try:
    f()
except KeyError as k:
    print(k.__notes__)
g = TypeError("g")
g.__notes__ = "not a list"
try:
    g.add_note("x")
except TypeError as x:
    print(x)
class Custom(Exception):
    pass
c = Custom("custom")
c.add_note("note on a subclass")
try:
    raise RuntimeError("outer") from c
except RuntimeError as r:
    r.add_note("outer note")
    err = r
raise err
