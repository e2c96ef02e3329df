# FOR_ITER_GEN: for-loops over generators run the generator frame inline.
import sys

def count(n):
    for i in range(n):
        yield i
    return "done"

# exhausted generator (many times, so the loop specialises)
total = 0
for _ in range(50):
    for x in count(10):
        total += x
print("total", total)

g = count(3)
print(list(g), list(g))
for x in g:
    print("never", x)
print("exhausted loop ok")

# raising inside the generator: traceback through the generator frame
def raiser(n):
    for i in range(n):
        yield i
    raise KeyError("boom%d" % n)

for k in range(40):
    try:
        for x in raiser(k % 5):
            pass
    except KeyError as e:
        if k % 10 == 0:
            print("caught", e, x if k % 5 else None)

def show_tb(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, e, names)

def loop_raiser():
    for x in raiser(2):
        pass
for _ in range(30):
    pass
for i in range(3):
    show_tb(loop_raiser)

# PEP 479 through the inline frame
def stopper():
    yield 1
    raise StopIteration("x")
def loop_stopper():
    for x in stopper():
        pass
for i in range(30):
    try:
        loop_stopper()
    except RuntimeError as e:
        if i % 10 == 0:
            print("RuntimeError", e, repr(e.__cause__))

# nested generator loops
def outer(n):
    for i in range(n):
        for j in count(i):
            yield (i, j)

def chain(*gens):
    for g in gens:
        for x in g:
            yield x

for rep in range(30):
    res = [p for p in outer(5)]
    c = list(chain(count(3), outer(3), count(2)))
print(res)
print(c)

# closed mid-loop via break
def closing(log):
    try:
        for i in range(100):
            yield i
    finally:
        log.append("finally")

log = []
for rep in range(30):
    g = closing(log)
    for x in g:
        if x == 3:
            break
    g.close()
print(x, len(log), log[:2])
g = closing(log)
for x in g:
    if x == 5:
        break
print(next(g), next(g))
for x in g:
    if x > 9:
        break
print(x)
del g
print(len(log))

# a generator iterated by next() elsewhere while the loop runs it
def reentrant():
    yield 1
    yield next(it)
    yield 3

for rep in range(30):
    it = reentrant()
    try:
        for x in it:
            pass
    except ValueError as e:
        if rep % 10 == 0:
            print("ValueError", e)
    print(list(it)) if rep == 29 else None

# mixed: next() and for over the same generator
for rep in range(30):
    g = count(10)
    out = []
    for x in g:
        out.append(x)
        if x % 2 == 0:
            out.append(next(g, None))
print(out)

# generator handled exception state across the inline resume
def excgen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

for rep in range(30):
    try:
        raise TypeError("outer")
    except TypeError:
        r = [repr(x) for x in excgen()]
        r2 = []
        for x in excgen():
            r2.append(repr(x))
            r2.append(repr(sys.exc_info()[1]))
print(r)
print(r2)

# an uncaught error through a generator loop (traceback printed)
def deep(n):
    yield n
    1 / 0
def top():
    for x in deep(1):
        pass
for rep in range(30):
    try:
        top()
    except ZeroDivisionError:
        pass
top()
