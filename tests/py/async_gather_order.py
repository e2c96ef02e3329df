# gather and tasks interleaving with sleeps: order must match CPython.
# (delays of 0.05 s and more: a JIT compiling at -X jit-threshold=0 must not
# reorder timers that CPython itself orders only by a few milliseconds)
import asyncio

log = []

async def worker(name, delays):
    for i, d in enumerate(delays):
        log.append('%s start %d' % (name, i))
        await asyncio.sleep(d)
        log.append('%s end %d' % (name, i))
    return name.upper()

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)
    return n

async def main():
    r = await asyncio.gather(worker('a', [0.2, 0.1]), worker('b', [0.1, 0.3]), worker('c', [0, 0]))
    print(r)
    print('\n'.join(log))
    log.clear()
    r = await asyncio.gather(ticker(3), ticker(2), ticker(1))
    print(r)
    print(await asyncio.gather())
    t1 = asyncio.create_task(worker('x', [0.1]))
    t2 = asyncio.create_task(worker('y', [0]))
    print('created', t1.done(), t2.done())
    await asyncio.sleep(0)
    print('after sleep0', log)
    r = await asyncio.gather(t1, t2, worker('z', [0.05]))
    print(r, t1.done(), t1.result(), t2.result())
    print('\n'.join(log))
    # same delays: FIFO by insertion
    order = []
    async def same(i):
        await asyncio.sleep(0.1)
        order.append(i)
        return i * i
    print(await asyncio.gather(*[same(i) for i in range(6)]))
    print(order)
    # nested gathers
    print(await asyncio.gather(asyncio.gather(ticker(1), ticker(1)), ticker(2)))

asyncio.run(main())
