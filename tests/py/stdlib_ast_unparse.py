# ast.unparse: the text CPython 3.11 writes (precedence-correct parentheses,
# docstrings, f-strings, blank lines before defs) and the round trip
# parse(unparse(tree)) == tree.
import ast

SOURCES = [
    "x = a and not b and c or d",
    "y = not a == b\nz = -x ** -y",
    "w = ((-1) ** 2, 2 ** (-1), (a ** b) ** c, a ** b ** c)",
    "v = 1 .real, 1.5.real, (1,)[0], (a, *b)",
    "del a, (b, c), [d]",
    "f = lambda x, /, y=2, *, z: x\ng = lambda: 0\nh = lambda *a, **k: (a, k)",
    "def g(a, b: int = 3, /, c=4, *d, e, f: 's' = 5, **g) -> None:\n    'doc\\n   string'\n    nonlocal q\n    global r\n    return",
    "async def h():\n    async with a as (b, c), d:\n        await x\n    async for i in y: pass\n    [i async for i in z if await i]\n    await (yield)",
    "class C(B, metaclass=M, **kw):\n    '''It's \"quoted\"'''\n    x: int\n    (y): str = 3\n    z.a: int = 1",
    "x = 1\n@dec\n@dec2(1)\nclass D: pass\ndef f(): pass",
    "if a: pass\nelif b: pass\nelif c:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept* ValueError as e:\n    pass",
    "try:\n    pass\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "while x:\n    break\nelse:\n    continue\nfor a, b in c: pass\nfor (a, b) in c: pass",
    "raise X from Y\nraise\nassert x, 'm'",
    "from . import a\nfrom ..b.c import d as e, f\nimport a.b as c, d",
    "print(f\"{x!r} {y:{w}.{p}} {{}} {'a' 'b'} {x=} {3.0:>10} {d['k']}\", f'{\"q\"}', f\"\"\"{a}\nb\"\"\", rf'\\d{x}', b'\\x00\\xff', '\\t\\n', 'a\"b\\'c')",
    "x = {**a, 'b': 1, **{}}\ns = {*()} if x else set()",
    "t = a[1:2, ::3], a[...], a[:], a[b:c:d], a[(1, 2)], a[()], a[1,]",
    "print(*args, *more, k=1, **kw)",
    "(x := 5)\n[y := f(x), y**2]\nif (n := len(a)) > 10: pass",
    "def gen():\n    x = yield\n    x = yield a, b\n    y = yield x + 1\n    yield from a + b\n    print((yield))",
    "gen = (x for x in y)\nf(x for x in y)\nf((x for x in y), 1)\n{k: v for k, v in items if k if v}",
    "match p:\n    case 1 | 2 | 3: pass\n    case [1, 2, *rest]: pass\n    case {'a': 1, **rest}: pass\n    case Point(x=0, y=0) | Point(1, 2): pass\n    case (1 | 2) as q: pass\n    case None | True | False: pass\n    case -1 | 1+2j | 's' | b'b': pass\n    case a.b.c: pass\n    case [a, (b as c), *_]: pass\n    case _ if x > 1: pass\nmatch a, b:\n    case _: pass",
    "a if b else c if d else e\n(a if b else c) if d else e",
    "a < b < c is not d not in e\n(a < b) < c",
    "x = 1e309, 1e309j, -1e309, 0xff, 1_000",
    "a.b.c(d)[e].f\n~x, +x, -(-x), not not x\n-(1) + (-1) ** 2",
    "(a, b) = c\n[a, b] = c\na = b = c\na += 1; b //= 2; c **= 3; d @= e",
    "x = 'a' 'b'\ny = (1, 2)\nz = ()\nw = (1,)",
    "a + (b + c)\n(a + b) + c\na * (b + c)\n(a * b) + c\na - (b - c)\na / b * c\na | b & c ^ d\n(a | b) & c",
    "x = -(-2) ** 2\ny = (not a) + b\nz = (lambda: 1)()\nw = (yield)",
    "def outer():\n    '''Doc.'''\n\n    def inner():\n        pass\n    class K:\n        pass\n    return inner",
    "'module docstring'\nimport os",
    "x = f'{a!s:{width}}' f'lit' 'plain'\ny = f'{x:{{}}>10}'\nz = f'{ {1: 2}[1] }'",
]

for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print("---")
    again = ast.parse(text)
    if ast.dump(again) != ast.dump(tree):
        print("ROUND TRIP DIFFERS")

# expressions and other nodes unparse on their own
print(ast.unparse(ast.parse("a*(b+c)", mode="eval")))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Constant(3))))
print(ast.unparse(ast.Tuple([ast.Constant(1), ast.Constant(2)], ast.Load())))
print(ast.unparse(ast.arguments([], [ast.arg('a'), ast.arg('b')], None, [], [], None, [ast.Constant(1)])))
print(ast.unparse(ast.Constant(1.5)), ast.unparse(ast.Constant('x')), ast.unparse(ast.Constant(b'y')))
print(ast.unparse(ast.Constant(...)), ast.unparse(ast.Constant((1, 'a'))), ast.unparse(ast.Constant(float('inf'))))
print(ast.unparse(ast.Expr(ast.NamedExpr(ast.Name('x', ast.Store()), ast.Constant(1)))))
