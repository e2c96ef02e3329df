# async for over classes with __aiter__/__anext__.
import asyncio

class Counter:
    def __init__(self, n, delay=0):
        self.i = 0
        self.n = n
        self.delay = delay
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(self.delay)
        return self.i

class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError('broken iterator')

async def consume(name, n):
    out = []
    async for x in Counter(n):
        out.append(x)
        print(name, x)
    return out

async def main():
    print(await asyncio.gather(consume('a', 3), consume('b', 2)))
    total = 0
    async for x in Counter(10):
        if x == 3:
            continue
        if x == 7:
            break
        total += x
    else:
        print('not reached')
    print('total', total)
    async for x in Counter(0):
        print('never')
    else:
        print('else ran')
    for_else = []
    async for a in Counter(2, 0.001):
        for_else.append(a)
        async for b in Counter(2):
            for_else.append((a, b))
    print(for_else)
    try:
        async for x in Broken():
            print('never')
    except ValueError as e:
        print('ValueError', e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError', e)
    class NoAnext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print('TypeError', e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print('TypeError', e)
    async def early_return():
        async for x in Counter(5):
            if x == 2:
                return x * 100
    print(await early_return())

asyncio.run(main())
