# Exceptions propagating through await, tasks and gather.
import asyncio

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def ok(v, delay=0):
    await asyncio.sleep(delay)
    return v

async def middle():
    try:
        await fail('inner')
    except ValueError as e:
        print('caught in middle:', e)
        raise KeyError('from middle') from e

async def main():
    try:
        await middle()
    except KeyError as e:
        print('main caught', repr(e), 'cause', repr(e.__cause__))
    try:
        await asyncio.gather(ok(1), fail('g1', 0.01), ok(3))
    except ValueError as e:
        print('gather raised', e)
    r = await asyncio.gather(ok(1), fail('g2'), ok(3), return_exceptions=True)
    print([type(x).__name__ + ':' + str(x) for x in r])
    t = asyncio.create_task(fail('task'))
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print('result raised', e)
    try:
        await t
    except ValueError as e:
        print('await task raised', e)
    try:
        async def inner_finally():
            try:
                await fail('with finally')
            finally:
                print('finally ran')
        await inner_finally()
    except ValueError as e:
        print('after finally', e)
    # StopIteration inside a coroutine becomes RuntimeError
    async def stop():
        raise StopIteration(1)
    try:
        await stop()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await asyncio.wait_for(ok('slow', 0.5), 0.01)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    print(await asyncio.wait_for(ok('fast', 0), 1))
    raise OSError('uncaught from main')

try:
    asyncio.run(main())
except OSError as e:
    print('run raised', e)
