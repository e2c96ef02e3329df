# ast.parse + ast.dump over a wide range of statements and expressions:
# every node kind, positions (UTF-8 byte columns), indent= and the
# annotate_fields / include_attributes options, parse modes, node classes.
import ast

SNIPPETS = [
    "x = a and not b and c or d",
    "y = not a == b; z = -x ** -y",
    "w = (-1) ** 2, 2 ** -1, (a ** b) ** c, a ** b ** c",
    "v = 1 .real, 1.5.real, (1,)[0], (a, *b)",
    "del a, (b, c), [d]",
    "f = lambda x, /, y=2, *, z: x",
    "def g(a, b: int = 3, /, c=4, *d, e, f: 's' = 5, **g) -> None:\n    'doc'\n    nonlocal q\n    global r\n    return",
    "async def h():\n    async with a as (b, c), d:\n        await x\n    async for i in y: pass\n    [i async for i in z if await i]",
    "class C(B, metaclass=M, **kw):\n    x: int\n    (y): str = 3\n    z.a: int = 1",
    "@dec\n@dec2(1)\nclass D: pass",
    "if a: pass\nelif b: pass\nelse:\n    pass",
    "try:\n    pass\nexcept* ValueError as e:\n    pass",
    "try:\n    pass\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "while x:\n    break\nelse:\n    continue",
    "for a, b in c: pass",
    "with a, b as c: pass",
    "raise X from Y",
    "assert x, 'm'",
    "from . import a\nfrom ..b.c import d as e, f\nimport a.b as c, d",
    "print(f\"{x!r} {y:{w}.{p}} {{}} {'a' 'b'} {x=} {3.0:>10} {d['k']}\", rf'\\d{x}')",
    "s = f'{x = !r:>10}' + f'{x=:.2f}' + f'{x!a}'",
    "x = {**a, 'b': 1, **{}}; s = {1, 2}",
    "t = a[1:2, ::3], a[...], a[:], a[b:c:d], a[()], a[1,]",
    "print(*args, *more, k=1, **kw)",
    "(x := 5)\n[y := f(x), y**2]",
    "def gen():\n    x = yield\n    y = yield a, b\n    yield from z",
    "f(x for x in y); {k: v for k, v in items if k if v}; {x for x in y}",
    "match p:\n    case 1 | 2 | 3: pass\n    case [1, 2, *rest]: pass\n    case {'a': 1, **rest}: pass\n    case Point(x=0, y=0) | Point(1, 2): pass\n    case (1 | 2) as q: pass\n    case None | True | False: pass\n    case -1 | 1+2j | 's' | b'b': pass\n    case a.b.c: pass\n    case [a, (b as c), *_]: pass\n    case _ if x > 1: pass",
    "a if b else c if d else e",
    "a < b < c is not d not in e",
    "x = 1e309, 1e309j, 0xff, 0o17, 0b101, 1_000, 10**100, 2.5e-10",
    "b'\\x00\\xff', '\\t\\n', 'a\"b\\'c', 'é' + 'ü'",
    "a.b.c(d)[e].f; ~x, +x, -(-x), not not x",
    "(a, b) = [c, d] = e; a += 1; b //= 2; c **= 3; d @= e",
    "é = 'ü'; x = é + 'ĳ'",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

print(ast.dump(ast.parse(SNIPPETS[6]), indent=2))
print(ast.dump(ast.parse(SNIPPETS[27]), indent='\t'))
print(ast.dump(ast.parse("x = f(1, k=2)"), annotate_fields=False))
print(ast.dump(ast.parse("a + 1", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1\ny", mode="exec")))
print(ast.dump(ast.parse("x", mode="single")))
print(ast.dump(ast.parse("  x + 1", mode="eval") if False else ast.parse("x + 1", mode="eval"), indent=0))

# syntax errors come through as SyntaxError with CPython's message
for bad in ["x = ", "def f(:", "a b"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

# node classes
print(ast.Name._fields, ast.Name._attributes, ast.Constant.__match_args__)
print(ast.expr._attributes, ast.arguments._fields, ast.comprehension._fields)
print(ast.FunctionDef._fields)
print(ast.Constant().kind, ast.FunctionDef().returns, ast.arg().annotation, ast.Name().end_lineno)
print(issubclass(ast.Name, ast.expr), issubclass(ast.If, ast.stmt), issubclass(ast.Add, ast.operator),
      issubclass(ast.MatchAs, ast.pattern), isinstance(ast.Load(), ast.expr_context), issubclass(ast.expr, ast.AST))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)
print(ast.dump(ast.Name('x')), ast.dump(ast.arguments()), ast.dump(ast.Constant(1, lineno=3), include_attributes=True))
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
try:
    ast.Name('a', 'b', 'c')
except TypeError as e:
    print("TypeError", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError", e)
try:
    ast.Name().id
except AttributeError:
    print("AttributeError")
n = ast.Name(id='x', ctx=ast.Load(), lineno=4)
print(n.id, type(n.ctx).__name__, n.lineno)
try:
    ast.dump(1)
except TypeError as e:
    print("TypeError", e)
t = compile("a + b", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
match ast.parse("f(1)").body[0].value:
    case ast.Call(func=ast.Name(id=name), args=[ast.Constant(value=v)]):
        print("matched", name, v)
