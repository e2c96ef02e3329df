import asyncio
async def work(n, d, fail=False):
    await asyncio.sleep(d)
    if fail: raise ValueError(f'fail {n}')
    return n * 2
async def main():
    tasks = [asyncio.create_task(work(i, 0.05 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks); print(sorted(t.result() for t in done), pending)
    tasks = [asyncio.create_task(work(i, 0.05 * i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED); print([t.result() for t in done], len(pending))
    for t in pending: t.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(1))], timeout=0.01); print(len(done), len(pending))
    for t in pending: t.cancel()
    tasks = [asyncio.create_task(work(1, 0, fail=True)), asyncio.create_task(work(2, 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION); print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    await asyncio.wait(pending)
    for c in asyncio.as_completed([work(i, 0.05 * (3 - i)) for i in range(3)]):
        print('as_completed', await c)
    try:
        for c in asyncio.as_completed([asyncio.sleep(1)], timeout=0.01): await c
    except asyncio.TimeoutError: print('as_completed timeout')
    sem = asyncio.Semaphore(2); active = []; peak = [0]
    async def limited(i):
        async with sem:
            active.append(i); peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01); active.remove(i)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), peak[0])
    bs = asyncio.BoundedSemaphore(1)
    try: bs.release()
    except ValueError as e: print(e)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1, 0.01)); t2 = tg.create_task(work(2, 0))
    print('tg', t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, 0, fail=True)); slow = tg.create_task(work(2, 1)); tg.create_task(work(3, 0, fail=True))
            await asyncio.sleep(0.5); print('not reached')
    except* ValueError as eg:
        print('eg', sorted(str(e) for e in eg.exceptions), slow.cancelled())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError: print('timed out')
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('in time', cm.expired())
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    loop = asyncio.get_running_loop(); print(await loop.run_in_executor(None, max, 3, 9))
    t = asyncio.create_task(asyncio.sleep(1)); await asyncio.sleep(0); t.cancel()
    try: await t
    except asyncio.CancelledError: print('cancelled', t.cancelled())
asyncio.run(main())
