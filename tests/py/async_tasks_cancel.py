# Tasks: create_task, done/result/cancel, Event, Queue.
import asyncio

async def sleeper(name, d):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(d)
        print(name, 'woke')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    finally:
        print(name, 'finally')

async def main():
    t = asyncio.create_task(sleeper('t1', 10))
    await asyncio.sleep(0)
    print('done?', t.done(), 'cancel ->', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('await raised CancelledError')
    print(t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result raised CancelledError')

    t2 = asyncio.create_task(sleeper('t2', 0.001))
    print(t2.cancel(), 'before start')
    await asyncio.sleep(0.01)
    print(t2.cancelled())

    t3 = asyncio.create_task(sleeper('t3', 0.001))
    print(await t3, t3.done(), t3.result(), t3.cancelled())

    ev = asyncio.Event()
    async def waiter(i):
        print('waiting', i)
        await ev.wait()
        print('released', i)
        return i
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('setting', ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws))

    q = asyncio.Queue()
    async def producer():
        for i in range(4):
            await q.put(i)
            print('put', i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            item = await q.get()
            print('got', item)
            if item is None:
                return got
            got.append(item * 10)
    print(await asyncio.gather(consumer(), producer()))
    print(q.empty(), q.qsize())

    # a task left pending is cancelled when run() finishes
    asyncio.create_task(sleeper('leftover', 100))
    await asyncio.sleep(0)
    async def sub():
        return 'sub'
    print(asyncio.current_task() is not None, await asyncio.create_task(sub()))
    print('main end')

asyncio.run(main())
print('after run')
