# compile() of malformed trees: CPython's TypeError / ValueError messages,
# never a crash; compile() of a non-AST object and of the wrong root node.
import ast


def L(x):
    return ast.fix_missing_locations(x)


def M(*stmts):
    return L(ast.Module(list(stmts), []))


def N(i, c=None):
    return ast.Name(i, c or ast.Load())


def args0():
    return ast.arguments([], [], None, [], [], None, [])


cases = [
    M(ast.Expr(value=1)),
    M(ast.Expr(N('x', ast.Store()))),
    M(ast.Expr()),
    ast.Module(body=3, type_ignores=[]),
    M(ast.Expr(ast.Constant([1]))),
    M(ast.FunctionDef('f', args0(), [], [], None)),
    M(ast.Expr(ast.Name(1, ast.Load()))),
    M(ast.Assign([N('x')], ast.Constant(1))),
    M(ast.Assign([], ast.Constant(1))),
    M(ast.Expr(ast.BoolOp(ast.And(), [N('a')]))),
    M(ast.Expr(ast.Compare(N('a'), [ast.Lt()], []))),
    M(ast.Expr(ast.Name('None', ast.Load()))),
    M(ast.Expr(ast.Call(N('f'), [ast.Starred(N('a'), ast.Store())], []))),
    M(ast.Raise(None, N('c'))),
    M(ast.Try([ast.Pass()], [], [], [])),
    M(ast.If(N('x'), [], [])),
    M(ast.Import([])),
    M(ast.Expr(ast.Dict([N('a')], []))),
    M(ast.Expr(ast.ListComp(N('a'), []))),
    M(ast.Expr(N('x', 5))),
    M(ast.Expr(ast.Constant(object()))),
    M(ast.Delete([N('x')])),
    M(ast.Expr(ast.Lambda(args0(), N('x', ast.Del())))),
    M(ast.AugAssign(N('x', ast.Store()), ast.Add(), N('y'))),
    M(ast.Expr(ast.Subscript(N('x'), ast.Slice(), ast.Load()))),
    M(ast.Expr(ast.JoinedStr([ast.Constant('a'), ast.FormattedValue(N('b'), -1, None)]))),
    ast.Module([ast.Expr(N('x'))], []),
    ast.Module([ast.Pass(lineno=1)], []),
    M(ast.While(N('x'), [], [])),
    M(ast.With([], [ast.Pass()])),
    M(ast.ClassDef('C', [], [], [], [])),
    L(ast.Expression(ast.Constant(1))),
    L(ast.Expression(ast.Pass())),
    ast.Expression(N('x')),
    L(ast.Interactive([ast.Expr(ast.Constant(1))])),
]
for i, bad in enumerate(cases):
    mode = {'Expression': 'eval', 'Interactive': 'single'}.get(type(bad).__name__, 'exec')
    try:
        compile(bad, "<b>", mode)
        print(i, "ok")
    except (TypeError, ValueError) as ex:
        print(i, type(ex).__name__, str(ex).split(' object at ')[0])

for obj, mode in [(42, 'exec'), (N('x'), 'exec'), (M(ast.Pass()), 'eval'),
                  (L(ast.Expression(ast.Constant(1))), 'exec'), (M(ast.Pass()), 'bogus')]:
    try:
        compile(obj, "<b>", mode)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
