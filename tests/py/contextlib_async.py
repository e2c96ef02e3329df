# contextlib's asynchronous side: asynccontextmanager, AsyncExitStack,
# aclosing, nullcontext under async with, AbstractAsyncContextManager
import asyncio
import contextlib
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing,
                        nullcontext, AbstractAsyncContextManager)

log = []

@asynccontextmanager
async def resource(name, suppress=False):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"{name} saw {e!r}")
        if not suppress:
            raise
    finally:
        log.append(f"close {name}")

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@asynccontextmanager
async def swallow_all():
    try:
        yield
    except BaseException:
        pass

@asynccontextmanager
async def replace_exc():
    try:
        yield
    except KeyError as e:
        raise IndexError("replaced") from e

class AsyncCM:
    def __init__(self, name, result=None):
        self.name = name
        self.result = result
    async def __aenter__(self):
        log.append(f"enter {self.name}")
        return self.name
    async def __aexit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.result

class SyncCM:
    def __enter__(self):
        log.append("sync enter")
        return "sync"
    def __exit__(self, *a):
        log.append("sync exit")

async def agen(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("agen closed")

async def main():
    async with resource("a") as r:
        log.append(f"body {r}")
    print(log); log.clear()

    async with resource("b", suppress=True):
        raise ValueError("x")
    print("suppressed", log); log.clear()

    try:
        async with resource("c"):
            raise ValueError("y")
    except ValueError as e:
        print("propagated", repr(e), log)
    log.clear()

    try:
        async with resource("d"):
            raise KeyError("k")
    except KeyError as e:
        print("keyerror", repr(e), log)
    log.clear()

    for cm, label in ((no_yield(), "no yield"), (two_yields(), "two yields")):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print(label, e)

    async with swallow_all():
        raise StopAsyncIteration("inner")
    print("swallowed")

    try:
        async with replace_exc():
            raise KeyError("orig")
    except IndexError as e:
        print("replaced", repr(e), repr(e.__cause__))

    @resource("dec")
    async def decorated(x):
        log.append(f"in decorated {x}")
        return x * 2
    print(await decorated(4), await decorated(5), log); log.clear()

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(AsyncCM("one")))
        print(stack.enter_context(SyncCM()))
        async def cb(*args, **kw):
            log.append(f"async cb {args} {kw}")
        stack.push_async_callback(cb, 1, k=2)
        stack.callback(lambda: log.append("sync cb"))
        async def exit_fn(et, ev, tb):
            log.append(f"exit_fn {et}")
        stack.push_async_exit(exit_fn)
        stack.push_async_exit(AsyncCM("pushed"))
    print(log); log.clear()

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(AsyncCM("outer"))
        await stack.enter_async_context(AsyncCM("suppressor", result=True))
        raise ValueError("in stack")
    print("stack suppressed", log); log.clear()

    try:
        async with AsyncExitStack() as stack:
            async def bad(*a):
                raise KeyError("from exit")
            stack.push_async_exit(bad)
            await stack.enter_async_context(AsyncCM("x"))
            raise ValueError("body")
    except KeyError as e:
        print("chained", repr(e), repr(e.__context__), log)
    log.clear()

    stack = AsyncExitStack()
    await stack.enter_async_context(AsyncCM("later"))
    moved = stack.pop_all()
    await stack.aclose()
    print("after pop_all", log)
    await moved.aclose()
    print("moved closed", log); log.clear()

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(SyncCM())
    except TypeError as e:
        print(e)

    async with aclosing(agen(5)) as g:
        async for v in g:
            if v == 2:
                break
    print("aclosing", v, log); log.clear()

    async with nullcontext(42) as v:
        print("nullcontext", v)

    print(isinstance(AsyncCM("i"), AbstractAsyncContextManager),
          isinstance(SyncCM(), AbstractAsyncContextManager),
          issubclass(AsyncExitStack, AbstractAsyncContextManager),
          isinstance(resource("z"), AbstractAsyncContextManager))

    class Base(AbstractAsyncContextManager):
        async def __aexit__(self, *a):
            return None
    async with Base() as b:
        print("default __aenter__ returns self:", type(b).__name__)
    try:
        AbstractAsyncContextManager()
    except TypeError as e:
        print(e)

asyncio.run(main())
