import os as _os, sys as _sys
_here = _os.path.dirname(_os.path.abspath(__file__)) + "/"
class _Out:
    # stdout with the directory of this script removed from paths
    def write(self, s): _sys.stdout.write(s.replace(_here, ""))
    def flush(self): pass
OUT = _Out()
def p(*args, **kw):
    print(*args, file=OUT, **kw)

import sys
import traceback

def inner(x):
    return 10 / x

def middle(x):
    return inner(x) + 1

def outer():
    return middle(0)

def show(fn, **kw):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=OUT, **kw)
    p("-----")

show(outer)
show(outer, limit=1)
show(outer, limit=-1)

def chained():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("bad value") from e
show(chained)
show(chained, chain=False)

def context():
    try:
        [][3]
    except IndexError:
        undefined_name
show(context)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no ctx") from None
show(suppressed)

class Thing:
    def method(self, d):
        return d["missing"]
    @property
    def prop(self):
        return self.method({})

show(lambda: Thing().prop)
show(lambda: [1 // 0 for i in range(3)])
show(lambda: (lambda y: y.attr)(5))

def subscripts():
    data = {"a": [1, 2]}
    return data["a"][5]
show(subscripts)

def notes():
    e = TypeError("with notes")
    e.add_note("note one")
    e.add_note("note\ntwo lines")
    raise e
show(notes)

def syntax():
    compile("x = (1 +\n", "<src>", "exec")
show(syntax)
def syntax2():
    exec("a b c")
show(syntax2)

def recurse(n):
    return recurse(n + 1) if n < 30 else 1 / 0
show(lambda: recurse(0))

try:
    raise ValueError("x")
except ValueError as e:
    p(traceback.format_exception_only(e))
    p(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(e)
    p(len(lines), lines[0], lines[-1], end="")
    p(traceback.format_exception(type(e), e, e.__traceback__) == lines)
    s = traceback.format_exc()
    p(s.splitlines()[-1])
    tb = e.__traceback__
    summ = traceback.extract_tb(tb)
    fs = summ[0]
    p(fs.filename, fs.lineno, fs.name, fs.line, fs.end_lineno, fs.colno, fs.end_colno)
    fn, ln, name, line = fs
    p(fn, ln, name, line, len(fs), fs == (fn, ln, name, line), fs[2])
    p(repr(fs))
    p(traceback.format_tb(tb))
    traceback.print_tb(tb, file=OUT)
    p(list(f.f_code.co_name for f, l in traceback.walk_tb(tb)))
    te = traceback.TracebackException.from_exception(e)
    p(te.exc_type, str(te), len(te.stack))
    p(list(te.format_exception_only()))
    traceback.print_exception(e, file=OUT)

for i in range(3):
    try:
        if i == 2:
            int("zz")
    except ValueError:
        traceback.print_exc(file=OUT)

p(traceback.format_exception_only(None))
p(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]))
ss = traceback.StackSummary.from_list([("f.py", 3, "fn", "x = 1")])
p(type(ss).__name__, ss.format())
traceback.print_list([("f.py", 3, "fn", "x = 1")], file=OUT)
def deep():
    return traceback.extract_stack()
st = deep()
p([(f.name, f.lineno, f.line) for f in st])
def deep2():
    traceback.print_stack(file=OUT)
    p(traceback.format_stack()[-1], end="")
deep2()
p(traceback.FrameSummary("a.py", 1, "n", line="x") == traceback.FrameSummary("a.py", 1, "n", line="y"))

# to stderr (the default stream)
try:
    for i in range(5):
        if i == 3:
            {}[i]
except KeyError:
    traceback.print_exc()
def level1():
    level2()
def level2():
    traceback.print_stack(limit=2)
level1()
traceback.print_exception(ValueError("no traceback"))
traceback.print_exception(None)
