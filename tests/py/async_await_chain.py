# await chains: coroutines awaiting coroutines and __await__ iterators.
import asyncio

async def add(a, b):
    return a + b

async def mul_via_add(a, n):
    t = 0
    for _ in range(n):
        t = await add(t, a)
    return t

async def deep(n):
    if n == 0:
        return 'bottom'
    r = await deep(n - 1)
    return r + '.' + str(n)

class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        return (yield from asyncio.sleep(0, self.v).__await__())

class Manual:
    def __await__(self):
        got = yield 'first'
        got2 = yield got * 2
        return (got, got2)

async def uses_manual():
    return await Manual()

async def main():
    print(await add(2, 3))
    print(await mul_via_add(7, 6))
    print(await deep(5))
    print(await Ready('ready'))
    print(await asyncio.sleep(0, 'slept'))
    print(await asyncio.sleep(0.001, 'timed'))
    return 'main done'

print(asyncio.run(main()))

# Driving coroutines by hand.
c = add(1, 2)
print(type(c).__name__, repr(c).startswith('<coroutine object add at 0x'))
print(c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

m = uses_manual()
print(m.send(None))
print(m.send(5))
try:
    m.send(6)
except StopIteration as e:
    print('returned', e.value)

w = add(4, 5).__await__()
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('wrapper value', e.value)

async def bad_await(x):
    return await x

for x in [1, 'str', None, [1]]:
    try:
        bad_await(x).send(None)
    except TypeError as e:
        print('TypeError', e)

class BadAwait:
    def __await__(self):
        return 42
try:
    bad_await(BadAwait()).send(None)
except TypeError as e:
    print('TypeError', e)

c = add(1, 1)
try:
    iter(c)
except TypeError as e:
    print('TypeError', e)
c.close()

c = add(1, 1)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print('closed:', e)

t = deep(2)
try:
    t.throw(ValueError('thrown in'))
except ValueError as e:
    print('throw before start:', e)
