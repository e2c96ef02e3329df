from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator, AbstractContextManager
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
try:
    with transform():
        1 / 0
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)

with suppress(FileNotFoundError, KeyError):
    {}['x']
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print("not suppressed", e)

class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print(v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran", 1)
    print(names)

def cleanup_order():
    with ExitStack() as s:
        s.callback(print, "first registered")
        s.callback(print, "second registered")
        s2 = s.pop_all()
    print("popped")
    s2.close()
cleanup_order()

with ExitStack() as s:
    s.push(lambda *exc: print("push exit", exc[0]) or True)
    raise RuntimeError("x")
print("suppressed by push")

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured:", repr(buf.getvalue()))

@tag("deco")
def decorated():
    print("body")
decorated()

class mycm(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
@mycm()
def g(x): print("g", x); return x * 2
print(g(5))
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Res, AbstractContextManager))

@contextmanager
def gen_state():
    state = []
    yield state
    print("final state", state)
with gen_state() as st:
    st.append(1)
