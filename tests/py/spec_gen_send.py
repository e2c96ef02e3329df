# CALL_GEN_SEND: gen.send(v) runs the generator's frame inline; yields,
# returns (StopIteration), exceptions, and the guard failing mid-loop.
import sys
import traceback

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = acc()
next(g)
out = []
for i in range(200):
    out.append(g.send(i))
print(out[-3:])
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("finished again", e.value)

# pipeline of coroutines sending to each other
def sink(res):
    while True:
        res.append((yield))

def double(target):
    while True:
        v = yield
        target.send(v * 2)

res = []
s = sink(res); next(s)
d = double(s); next(d)
for i in range(100):
    d.send(i)
print(sum(res), len(res))

# just-started generator with a non-None value (TypeError), in a loop
def fresh():
    yield 1
for i in range(3):
    try:
        fresh().send(5)
    except TypeError as e:
        print("TypeError:", e)

# an exception escaping the generator, with its traceback
def boom():
    n = 0
    while True:
        v = yield n
        n += 1
        if v == 42:
            raise KeyError(v)

b = boom(); next(b)
for i in range(100):
    try:
        b.send(i if i != 60 else 42)
    except KeyError as e:
        print("KeyError", e, "at", i)
        tb = traceback.extract_tb(e.__traceback__)
        print([t.name for t in tb])
        break
try:
    b.send(1)
except StopIteration:
    print("closed after the exception")

# StopIteration raised inside the generator becomes RuntimeError (PEP 479)
def stopper():
    yield
    raise StopIteration("x")
st = stopper(); next(st)
try:
    st.send(1)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# sending to itself while running: ValueError
def selfish():
    v = yield
    while True:
        try:
            me.send(v)
        except ValueError as e:
            v = yield str(e)
me = selfish(); next(me)
for i in range(3):
    print(me.send(i))

# f_back of the generator frame is the sender
def who():
    while True:
        yield sys._getframe(1).f_code.co_name
def caller_fn(w):
    return w.send(None)
w = who(); next(w)
print(caller_fn(w), caller_fn(w))

# the guard fails mid-loop: other objects with a send method, coroutines
class Fake:
    def send(self, v):
        return ("fake", v)

async def coro():
    return 7

targets = []
for i in range(60):
    if i % 20 == 19:
        targets.append(Fake())
    else:
        t = acc(); next(t); targets.append(t)
vals = []
for i, t in enumerate(targets):
    vals.append(t.send(i))
print(vals[17:22])
c = coro()
for i in range(2):
    try:
        c.send(None)
    except StopIteration as e:
        print("coro returned", e.value)
    except RuntimeError as e:
        print("RuntimeError:", e)

# the generator drops the last other reference to itself while suspended
holder = {}
def dropper():
    x = yield 1
    del holder["g"]
    while True:
        x = yield x + 1
holder["g"] = dropper()
gg = holder["g"]
next(gg)
print(gg.send(10), gg.send(20))
del gg

# send inside a generator resumed by for (nested inline frames)
def inner():
    v = 0
    while True:
        v = (yield v) or 0
def outer(n):
    it = inner(); next(it)
    for i in range(n):
        yield it.send(i) * 10
print(list(outer(5)), sum(outer(300)))

# deep recursion of sends reaches the recursion limit cleanly
def chain(depth):
    if depth == 0:
        while True:
            yield "bottom"
    sub = chain(depth - 1)
    next(sub)
    while True:
        yield sub.send(None)
try:
    c = chain(5000)
    next(c)
    print(c.send(None))
except RecursionError:
    print("RecursionError")
