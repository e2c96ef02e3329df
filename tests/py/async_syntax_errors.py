# await/async misuse is a SyntaxError; compiled with compile() so each is caught.
for src in ['await x', 'def f():\n    await x\n', 'def f():\n    async for x in y: pass\n',
            'def f():\n    async with x: pass\n', 'async def f():\n    yield from x\n']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
ns = {}
exec('async def f(a, *, b=2):\n    """doc"""\n    return a + b\n', ns)
print(ns['f'].__doc__, ns['f'].__code__.co_flags & 0x80)
import asyncio
print(asyncio.run(ns['f'](1)))
