# NodeVisitor / NodeTransformer rewriting a parsed program, then compile()
# of the tree and exec of the result; the tree helpers (walk, iter_fields,
# fix_missing_locations, copy_location, increment_lineno, get_docstring,
# get_source_segment) and the pre-3.8 Num/Str/... aliases.
import ast
import copy

src = "def f(a, b=2):\n    return a * b + 1\nprint(f(3), f(2, b=5))\n"
tree = ast.parse(src)
exec(compile(tree, "<ast>", "exec"))


class MulToAdd(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Add(), node.right), node)
        return node


tree2 = ast.fix_missing_locations(MulToAdd().visit(tree))
exec(compile(tree2, "<ast>", "exec"))
print(ast.unparse(tree2))


class ConstFold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            ops = {ast.Add: lambda a, b: a + b, ast.Mult: lambda a, b: a * b,
                   ast.Sub: lambda a, b: a - b}
            fn = ops.get(type(node.op))
            if fn:
                return ast.copy_location(ast.Constant(fn(node.left.value, node.right.value)), node)
        return node


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None

    def visit_Expr(self, node):
        # duplicate every print call
        self.generic_visit(node)
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', '') == 'print':
            return [node, copy.deepcopy(node)]
        return node


prog = "x = 2 * 3 + 4\nif x:\n    pass\n    print('x is', x, 10 - 2 * 2)\nfor i in range(2):\n    pass\n    print(i)\n"
t = ast.parse(prog)
t = DropPass().visit(ConstFold().visit(t))
ast.fix_missing_locations(t)
print(ast.unparse(t))
exec(compile(t, "<folded>", "exec"), {})


class Names(ast.NodeVisitor):
    def __init__(self):
        self.loads, self.stores = [], []

    def visit_Name(self, node):
        (self.stores if isinstance(node.ctx, ast.Store) else self.loads).append(node.id)


v = Names()
v.visit(ast.parse("a = b + c.d(e)\nfor i in a: f(i)"))
print(v.loads, v.stores)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.n = {}

    def generic_visit(self, node):
        k = type(node).__name__
        self.n[k] = self.n.get(k, 0) + 1
        super().generic_visit(node)


c = Counter()
c.visit(ast.parse(prog))
print(sorted(c.n.items()))

print([type(n).__name__ for n in ast.walk(ast.parse("a = b(c, *d)"))])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x = 1").body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse("f(a, k=b)").body[0].value)])

m = ast.parse('"""Doc.\n\n    indented\n"""\nx = 1\n')
print(repr(ast.get_docstring(m)), repr(ast.get_docstring(m, clean=False)))
fn = ast.parse("def f():\n    '''  Hi.\n      there\n    '''\n").body[0]
print(repr(ast.get_docstring(fn)))
print(ast.get_docstring(ast.parse("x = 1")))
try:
    ast.get_docstring(ast.parse("x").body[0])
except TypeError as e:
    print("TypeError", e)

s = "x = [1,\n     2]  # c\ny = 'é' + zz\n\tz = 1\n"
tm = ast.parse("x = [1,\n     2]  # c\ny = 'é' + zz\n")
print(repr(ast.get_source_segment(s, tm.body[0].value)))
print(repr(ast.get_source_segment(s, tm.body[1].value.right)))
print(repr(ast.get_source_segment(s, tm.body[0].value, padded=True)))
print(ast.get_source_segment(s, ast.Name('q')))

ast.increment_lineno(tm, 3)
print(tm.body[1].lineno, tm.body[1].end_lineno, tm.body[1].value.left.lineno)
n = ast.copy_location(ast.Name('z', ast.Load()), tm.body[1])
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)

e = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e>", "eval")), e.body.lineno, e.body.col_offset, e.body.end_lineno)

# a tree built by hand
mod = ast.Module(body=[
    ast.FunctionDef(name='sq', args=ast.arguments(posonlyargs=[], args=[ast.arg('v')], kwonlyargs=[],
                                                   kw_defaults=[], defaults=[]),
                    body=[ast.Return(ast.BinOp(ast.Name('v', ast.Load()), ast.Mult(), ast.Name('v', ast.Load())))],
                    decorator_list=[]),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('sq', ast.Load()), [ast.Constant(7)], [])], [])),
], type_ignores=[])
exec(compile(ast.fix_missing_locations(mod), "<hand>", "exec"), {})

# line numbers of code compiled from a tree follow the tree
src = "\n\nx = [1,\n     2]\n@dec\ndef f(a):\n    '''doc\n    more'''\n\n    y = 1\n    return a / 0\n"
ns = {'dec': lambda f: f}
exec(compile(ast.parse(src), "<tree>", "exec"), ns)
try:
    ns['f'](1)
except ZeroDivisionError as ex:
    tb = ex.__traceback__.tb_next
    print("line", tb.tb_lineno, "def line", tb.tb_frame.f_code.co_firstlineno)

# compile(tree, flags=PyCF_ONLY_AST) gives the tree back
t = ast.parse("1")
print(compile(t, "<x>", "exec", ast.PyCF_ONLY_AST) is t)

# the pre-3.8 constant classes
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num),
      isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(b''), ast.Bytes),
      isinstance(ast.Name('x'), ast.Num))
print(type(ast.Num(5)).__name__, ast.Num(5).value, ast.Num(5).n, ast.Str('a').s, ast.Constant(3).n)
print(type(ast.Ellipsis()).__name__, ast.Ellipsis().value)
deep = copy.deepcopy(ast.parse("a + 1"))
print(ast.dump(deep))
