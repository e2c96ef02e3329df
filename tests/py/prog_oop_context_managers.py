from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("boom")
with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("open", self.n); return self
    def __exit__(self, et, ev, tb):
        print("close", self.n, et.__name__ if et else None)
        return et is ZeroDivisionError
with Res(1) as a, Res(2) as b:
    print(a.n + b.n)
with Res(3):
    1/0
print("survived")
with ExitStack() as st:
    rs = [st.enter_context(Res(i)) for i in range(3)]
    st.callback(print, "callback!")
    print("in stack")
class Cl:
    def close(self): print("closed")
with closing(Cl()): print("using")
with nullcontext(5) as v: print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden"); print("also")
print(repr(buf.getvalue()))
try:
    with Res(9):
        raise KeyError("x")
except KeyError as e:
    print("propagated", e)
class Timer:
    def __enter__(self): self.entered = True; return self
    def __exit__(self, *exc): self.exited = exc; return None
with Timer() as tm: pass
print(tm.exited)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
s = io.StringIO("line1\nline2\nline3\n")
print([l.rstrip() for l in s], s.getvalue().count("\n"))
