# yield from / await resume the sub-generator inside the same interpreter
# activation (SEND): values sent, returned, thrown and raised must behave as
# a C-level resume.
import sys


def inner(n):
    total = 0
    for i in range(n):
        x = yield i
        if x is not None:
            total += x
    return total


def outer(n):
    r = yield from inner(n)
    yield ("inner returned", r)
    return r * 2


g = outer(4)
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(None))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)


def walk(t):
    if t:
        yield from walk(t[0])
        yield t[1]
        yield from walk(t[2])


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


print(sum(walk(build(0, 500))), list(walk(build(0, 7))))


# An exception raised in the sub-generator propagates through yield from.
def bad():
    yield 1
    raise KeyError("boom")


def deleg():
    try:
        yield from bad()
    except KeyError as e:
        yield ("caught", e.args[0])
    yield "after"


print(list(deleg()))


# StopIteration raised inside becomes RuntimeError (PEP 479).
def stopper():
    yield 1
    raise StopIteration("x")


def deleg2():
    yield from stopper()


try:
    print(list(deleg2()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# throw() and close() on the delegating generator reach the inner one.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield ("inner caught", str(e))
        except GeneratorExit:
            print("inner closed")
            raise


def deleg3():
    yield from catcher()


g = deleg3()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
g.close()


# A generator already running cannot be re-entered through yield from.
def selfref():
    yield from me


me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


# Return values of nested delegation, deep.
def depth(n):
    if n == 0:
        return 0
        yield
    r = yield from depth(n - 1)
    return r + 1


def run_depth(n):
    r = yield from depth(n)
    yield r


print(list(run_depth(200)))


# Deep recursion through yield from reaches the recursion limit cleanly.
def deep(n):
    yield from deep(n + 1)


try:
    list(deep(0))
except RecursionError:
    print("RecursionError")


# Coroutines: await chains.
class Later:
    def __await__(self):
        v = yield "suspend"
        return v


async def leaf(x):
    got = await Later()
    return x + got


async def mid(x):
    a = await leaf(x)
    b = await leaf(x * 10)
    return a + b


c = mid(1)
print(c.send(None))
print(c.send(100))
try:
    c.send(1000)
except StopIteration as e:
    print("coroutine result", e.value)


async def raiser():
    await Later()
    raise IndexError("idx")


async def top():
    try:
        await raiser()
    except IndexError as e:
        return "caught " + str(e)


c = top()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# Sending a non-None value first into a fresh sub-generator is impossible via
# yield from (it always starts with None), but a sub-iterator that is not a
# generator still works.
def over_list():
    r = yield from [1, 2, 3]
    yield r


print(list(over_list()))
