# async with: __aenter__/__aexit__ awaited, exceptions, suppression, return/break.
import asyncio

class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print('enter', self.name)
        await asyncio.sleep(0)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress

async def main():
    async with Res('a') as v:
        print('body', v)
    async with Res('b', suppress=True):
        raise ValueError('suppressed')
    print('after b')
    try:
        async with Res('c'):
            raise KeyError('kept')
    except KeyError as e:
        print('caught', e)
    async with Res('d') as d, Res('e') as e:
        print('two', d, e)
    async def ret():
        async with Res('f'):
            return 'returned'
    print(await ret())
    for i in range(3):
        async with Res('loop%d' % i):
            if i == 1:
                break
    lock = asyncio.Lock()
    order = []
    async def crit(n):
        async with lock:
            order.append('in%d' % n)
            await asyncio.sleep(0.001)
            order.append('out%d' % n)
    await asyncio.gather(crit(1), crit(2), crit(3))
    print(order, lock.locked())
    try:
        async with object():
            pass
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
