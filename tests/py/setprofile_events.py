# sys.setprofile events (CPython 3.11): call, return, c_call, c_return,
# c_exception; the profile function sees every frame, builtins called from
# Python, bound builtin methods, generators; threading.settrace/setprofile.
import sys
import threading

events = []
def prof(frame, event, arg):
    if frame.f_code.co_name in ('profiled', 'run_thread'):
        return
    name = getattr(arg, '__name__', repr(arg)) if event.startswith('c_') else arg
    events.append((event, frame.f_code.co_name, name))

def profiled(fn, func=prof):
    del events[:]
    sys.setprofile(func)
    try:
        fn()
    finally:
        sys.setprofile(None)
    for e in events:
        print(*e)

def h(x):
    return len([x]) + abs(-x)
def k():
    try:
        int("z")
    except ValueError:
        pass
    try:
        len(5)
    except TypeError:
        pass
    return sorted([3, 1])
class C:
    def __init__(self):
        self.v = [1]
        self.v.append(2)
    def meth(self):
        return "-".join(map(str, self.v))
def body():
    h(3)
    k()
    c = C()
    c.meth()
    d = {}
    d.get(1)
    f = d.setdefault
    f(2, 3)
    list(map(str, [1, 2]))
    print(*[1, 2], sep=",")
    max(*[1, 2])
    getattr(c, 'v')
print("== builtins and methods")
profiled(body)

def gen():
    yield 1
    yield 2
def use_gen():
    for v in gen():
        pass
    return next(iter(gen()))
print("== generators")
profiled(use_gen)

def raiser():
    raise ValueError("r")
def catcher():
    try:
        raiser()
    except ValueError:
        return 1
print("== exceptions")
profiled(catcher)

print("== a profile function that raises")
def bad(frame, event, arg):
    if event == 'c_call':
        raise RuntimeError("bad profiler")
def callsbuiltin():
    return len("abc")
try:
    profiled(callsbuiltin, bad)
except RuntimeError as e:
    print("caught", e, sys.getprofile())

print("== getprofile")
def showget():
    print(sys.getprofile() is prof)
profiled(showget)
print(sys.getprofile())

print("== threading hooks")
tev = []
def ttrace(frame, event, arg):
    tev.append((event, frame.f_code.co_name))
    return ttrace
def work():
    x = 1
    return x
threading.settrace(ttrace)
print(threading.gettrace() is ttrace)
def run_thread():
    t = threading.Thread(target=work)
    t.start()
    t.join()
run_thread()
threading.settrace(None)
print([e for e in tev if e[1] == 'work'])
print(sys.gettrace())
