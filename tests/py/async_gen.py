# Async generators (PEP 525) and asynchronous comprehensions (PEP 530).
import asyncio, types, sys

async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
    print("ticker done")

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == "stop":
                return
    finally:
        print("echo finally", received)

async def main():
    print([x async for x in ticker(3)])
    print({x: x * x async for x in ticker(3) if x})
    print({x async for x in ticker(4)})
    print([y for y in [await asyncio.sleep(0, r) for r in "ab"]])
    print([[await asyncio.sleep(0, i * j) for j in range(3)] for i in range(2)])
    g = (x * 10 async for x in ticker(3))
    print(type(g).__name__, [v async for v in g])
    async for v in ticker(2):
        print("for", v)

    e = echo()
    print(type(e), e.__name__, e.__qualname__, e.ag_running)
    print(await e.__anext__(), await e.asend("a"), await e.asend("b"))
    try:
        await e.asend("stop")
    except StopAsyncIteration as ex:
        print("StopAsyncIteration", repr(ex))
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("exhausted")

    # athrow: caught inside, the generator goes on
    async def catcher():
        while True:
            try:
                yield "ready"
            except ValueError as ex:
                print("caught", ex)
                yield "recovered"
    c = catcher()
    print(await c.asend(None), await c.athrow(ValueError("boom")), await c.__anext__())
    print(await c.aclose(), await c.aclose())

    # aclose on a suspended generator runs its finally; an await in finally works
    async def closer():
        try:
            yield 1
            yield 2
        finally:
            await asyncio.sleep(0)
            print("closer cleanup")
    cl = closer()
    print(await cl.__anext__())
    await cl.aclose()
    print(cl.ag_running)

    # ignoring GeneratorExit
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as ex:
        print("RuntimeError", ex)

    # athrow not caught: propagates to the awaiting code
    async def plain():
        yield 1
    p = plain()
    await p.__anext__()
    try:
        await p.athrow(KeyError("k"))
    except KeyError as ex:
        print("propagated", repr(ex))

    # StopAsyncIteration / StopIteration raised inside become RuntimeError
    async def bad():
        yield 1
        raise StopAsyncIteration
    b = bad()
    await b.__anext__()
    try:
        await b.__anext__()
    except RuntimeError as ex:
        print("RuntimeError", ex, type(ex.__cause__).__name__)

    # reuse of an awaited asend
    aw = ticker(5).__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as ex:
        print("RuntimeError", ex)

    # sending a non-None value first
    try:
        await echo().asend(5)
    except TypeError as ex:
        print("TypeError", ex)

    # aiter / anext builtins, anext with a default
    t = aiter(ticker(2))
    print(await anext(t), await anext(t), await anext(t, "default"))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("anext raised StopAsyncIteration")
    try:
        anext(5)
    except TypeError as ex:
        print("TypeError", ex)

    # concurrent consumers
    async def consume(name, n):
        out = []
        async for v in ticker(n):
            out.append((name, v))
        return out
    print(await asyncio.gather(consume("a", 2), consume("b", 3)))

print(isinstance(ticker(1), types.AsyncGeneratorType))
asyncio.run(main())

try:
    exec("async def f():\n    yield 1\n    return 2\n")
except SyntaxError as ex:
    print("SyntaxError", ex.msg, ex.lineno)
try:
    exec("def f():\n    return [x async for x in y]\n")
except SyntaxError as ex:
    print("SyntaxError", ex.msg, ex.lineno)
try:
    exec("async def f():\n    yield from g()\n")
except SyntaxError as ex:
    print("SyntaxError", ex.msg, ex.lineno)

# asyncio closes async generators left unfinished (finalizer hook, then
# shutdown_asyncgens at the end of asyncio.run)
async def resource(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

async def main2():
    async for x in resource("broken-out"):
        print("got", x)
        break
    print("after loop")
    kept = resource("kept")
    await kept.__anext__()
    print("end main2")
    return kept

k = asyncio.run(main2())
print("done", k.ag_running)

# the hooks, without asyncio
def first(g): print("firstiter", g.__name__)
def fin(g): print("finalizer", g.__name__)
old = sys.get_asyncgen_hooks()
print(old)
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
g = resource("hooked")
a = g.__anext__()
try:
    a.send(None)
except StopIteration as ex:
    print("item", ex.value)
del a, g
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as ex:
    print("TypeError", ex)
print(sys.get_asyncgen_hooks())
