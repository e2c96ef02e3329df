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

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller_a():
    x = 1
    return where()

p(caller_a())
p(where())

def g(a, b=2, *args, **kw):
    c = a + b
    def inner():
        return c
    f = sys._getframe()
    p(f.f_code.co_name, f.f_code is g.__code__, f.f_globals is globals())
    p(sorted(f.f_locals.items(), key=lambda kv: kv[0])[:3])
    p(f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(f.f_builtins))
    p(f.f_back.f_code.co_name, f.f_back.f_lineno)
    p(f.f_trace)
    f.f_trace = None
    p(type(f.f_lasti).__name__, f.f_lasti >= 0)
    return f

fr = g(1, 3, 4, k=5)
p(type(fr).__name__, repr(fr).startswith("<frame at 0x"), repr(fr).endswith("code g>"))
p(fr.f_back.f_back)
p(fr.clear())

def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

def rec(k):
    return depth() if k == 0 else rec(k - 1)

p(rec(0) + 5 == rec(5))
p(sys._getframe(0).f_code.co_name, sys._getframe().f_globals['__name__'])
try:
    sys._getframe(100)
except ValueError as e:
    p("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    p("TypeError")

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['made_in'] = sys._getframe(1).f_globals['__name__']
        ns['made_at'] = sys._getframe(1).f_lineno
        return super().__new__(mcls, name, bases, ns)

class K(metaclass=Meta):
    pass
p(K.made_in, K.made_at)

class Body:
    here = sys._getframe()
    p(here.f_code.co_name, sorted(here.f_locals))
p(Body.here.f_back.f_code.co_name)

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
p(list(gen()))

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    f = tb.tb_frame
    p(f.f_code.co_name, f.f_globals is globals(), tb.tb_lineno, f is tb.tb_frame, f.f_locals is globals())
    p(type(f) is type(sys._getframe()))

def fails(v):
    w = v * 2
    raise KeyError(w)
try:
    fails(4)
except KeyError as e:
    t = e.__traceback__.tb_next
    p(t.tb_frame.f_code.co_name, t.tb_frame.f_globals['__name__'], t.tb_lineno, t.tb_lasti > 0)

import types
p(types.FrameType is type(sys._getframe()), types.FrameType.__name__)

import collections, enum, typing
P = collections.namedtuple("P", "x y")
p(P.__module__)
Color = enum.Enum("Color", "RED GREEN")
p(Color.__module__)
T = typing.TypeVar("T")
p(T.__module__)

def line_in_loop():
    out = []
    for i in range(3):
        out.append(sys._getframe().f_lineno)
    return out
p(line_in_loop())

import traceback
def capture():
    a = 1
    try:
        1/0
    except Exception as e:
        te = traceback.TracebackException.from_exception(e, capture_locals=True)
        p("".join(te.format()), end="")
        p(e.__traceback__.tb_frame.f_back.f_code.co_name)
capture()
def thrower(q):
    r = q + 1
    raise KeyError(r)
try:
    thrower(1)
except KeyError as e:
    f = e.__traceback__.tb_next.tb_frame
    p(f.f_code.co_name, f.f_globals['__name__'], f.f_lineno)
