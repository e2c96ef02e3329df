# sys.settrace / sys.setprofile events (CPython 3.11 semantics): call, line,
# return, exception, opcode; the local trace function; tracing off inside
# the tracer; settrace(None); a tracer that raises; generators; closures.
import sys

def show(frame, event, arg):
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event == 'return' or event == 'call':
        a = arg
    else:
        a = None
    print(event, frame.f_code.co_name, frame.f_lineno, a)
    return show

def traced(fn, tracer=show):
    sys.settrace(tracer)
    try:
        return fn()
    finally:
        sys.settrace(None)

def g(x):
    y = x + 1
    return y

def f():
    a = g(1)
    for i in range(2):
        a += i
    try:
        raise ValueError("x")
    except ValueError:
        pass
    return a

print("== basic")
print(traced(f))
print(sys.gettrace())

print("== exceptions through frames")
def inner():
    raise KeyError(5)
def outer():
    try:
        inner()
    finally:
        print("fin")
def top():
    try:
        outer()
    except KeyError:
        pass
    return 'ok'
print(traced(top))

print("== generators")
def gen():
    try:
        x = yield 1
        print("got", x)
        yield x * 2
    except ZeroDivisionError:
        yield 'z'
def gen2():
    yield 1
    yield 2
    return 'r'
def use_gen():
    it = gen()
    print(next(it))
    print(it.send(10))
    print(it.throw(ZeroDivisionError))
    it.close()
    return [v for v in gen2()]
print(traced(use_gen))

def delegate():
    r = yield from gen2()
    print('delegate got', r)
    return r
def use_delegate():
    return list(delegate())
print(traced(use_delegate))

print("== closures and f_locals")
def mk():
    n = 5
    def add(m):
        k = n + m
        return k
    return add
def peek(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'add':
        print('  locals', sorted(frame.f_locals.items()))
    print(event, frame.f_code.co_name, frame.f_lineno)
    return peek
print(traced(lambda: mk()(3), peek))

print("== local tracer: None, another function, f_trace_lines")
def only_call(frame, event, arg):
    print(event, frame.f_code.co_name)
def lines_only(frame, event, arg):
    print("  local", event, frame.f_lineno)
    return lines_only
def chooser(frame, event, arg):
    print(event, frame.f_code.co_name)
    if frame.f_code.co_name == 'g':
        return lines_only
def nolines(frame, event, arg):
    frame.f_trace_lines = False
    print(event, frame.f_code.co_name, frame.f_trace_lines)
    return nolines
traced(f, only_call)
traced(f, chooser)
traced(f, nolines)

print("== opcode events")
def ops(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == 'opcode':
        ops.n += 1
    return ops
ops.n = 0
def small():
    return 1
traced(small, ops)
print("opcode events seen:", ops.n > 0)

print("== a tracer that raises")
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError("boom")
    return bad
def victim():
    x = 1
    return x
try:
    traced(victim, bad)
except RuntimeError as e:
    print("caught", e, sys.gettrace())
def bad_call(frame, event, arg):
    raise LookupError("at call")
try:
    traced(victim, bad_call)
except LookupError as e:
    print("caught", e, sys.gettrace())

print("== tracing is off inside the tracer")
def helper():
    return 42
def reentrant(frame, event, arg):
    helper()
    print(event, frame.f_code.co_name)
    return reentrant
traced(g.__call__ if False else (lambda: g(2)), reentrant)

print("== frames: f_back, identity, f_trace")
seen = {}
def ident(frame, event, arg):
    if frame.f_code.co_name == 'g':
        seen.setdefault(event, frame)
        print(event, frame.f_back.f_code.co_name, frame.f_trace is ident or frame.f_trace)
    return ident
traced(f, ident)
print(seen['call'] is seen['line'], seen['line'] is seen['return'])
print(seen['return'].f_lineno, seen['return'].f_back.f_code.co_name)

print("== recursion")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
count = [0]
def counter(frame, event, arg):
    count[0] += 1
    return counter
print(traced(lambda: fact(200), counter), count[0])

print("== settrace inside a running loop")
def loop():
    total = 0
    for i in range(3):
        if i == 1:
            sys.settrace(show)
        total += i
    sys.settrace(None)
    return total
print(loop())
