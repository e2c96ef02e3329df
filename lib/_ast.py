"""_ast: the node classes of Python 3.11's abstract grammar.

The classes are made from the grammar text below (one line per node kind:
`Name(field types)`; `*` marks a list, `?` an optional field). The parser's
tree reaches Python through compile(..., PyCF_ONLY_AST): the C side hands
over the text of ast.dump(tree, include_attributes=True), which _from_dump
evaluates with these classes. compile(tree, ...) calls _tree_source, which
checks the tree as CPython does (TypeError / ValueError with CPython's
messages) and turns it back into source with ast.unparse.
"""

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

_POS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

# kind: (attributes, [(class, "fields")]); a product type has class None.
_GRAMMAR = [
    ('mod', (), [
        ('Module', 'stmt* body, type_ignore* type_ignores'),
        ('Interactive', 'stmt* body'),
        ('Expression', 'expr body'),
        ('FunctionType', 'expr* argtypes, expr returns'),
    ]),
    ('stmt', _POS, [
        ('FunctionDef', 'identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment'),
        ('AsyncFunctionDef', 'identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment'),
        ('ClassDef', 'identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list'),
        ('Return', 'expr? value'),
        ('Delete', 'expr* targets'),
        ('Assign', 'expr* targets, expr value, string? type_comment'),
        ('AugAssign', 'expr target, operator op, expr value'),
        ('AnnAssign', 'expr target, expr annotation, expr? value, int simple'),
        ('For', 'expr target, expr iter, stmt* body, stmt* orelse, string? type_comment'),
        ('AsyncFor', 'expr target, expr iter, stmt* body, stmt* orelse, string? type_comment'),
        ('While', 'expr test, stmt* body, stmt* orelse'),
        ('If', 'expr test, stmt* body, stmt* orelse'),
        ('With', 'withitem* items, stmt* body, string? type_comment'),
        ('AsyncWith', 'withitem* items, stmt* body, string? type_comment'),
        ('Match', 'expr subject, match_case* cases'),
        ('Raise', 'expr? exc, expr? cause'),
        ('Try', 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody'),
        ('TryStar', 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody'),
        ('Assert', 'expr test, expr? msg'),
        ('Import', 'alias* names'),
        ('ImportFrom', 'identifier? module, alias* names, int? level'),
        ('Global', 'identifier* names'),
        ('Nonlocal', 'identifier* names'),
        ('Expr', 'expr value'),
        ('Pass', ''), ('Break', ''), ('Continue', ''),
    ]),
    ('expr', _POS, [
        ('BoolOp', 'boolop op, expr* values'),
        ('NamedExpr', 'expr target, expr value'),
        ('BinOp', 'expr left, operator op, expr right'),
        ('UnaryOp', 'unaryop op, expr operand'),
        ('Lambda', 'arguments args, expr body'),
        ('IfExp', 'expr test, expr body, expr orelse'),
        ('Dict', 'expr* keys, expr* values'),
        ('Set', 'expr* elts'),
        ('ListComp', 'expr elt, comprehension* generators'),
        ('SetComp', 'expr elt, comprehension* generators'),
        ('DictComp', 'expr key, expr value, comprehension* generators'),
        ('GeneratorExp', 'expr elt, comprehension* generators'),
        ('Await', 'expr value'),
        ('Yield', 'expr? value'),
        ('YieldFrom', 'expr value'),
        ('Compare', 'expr left, cmpop* ops, expr* comparators'),
        ('Call', 'expr func, expr* args, keyword* keywords'),
        ('FormattedValue', 'expr value, int conversion, expr? format_spec'),
        ('JoinedStr', 'expr* values'),
        ('Constant', 'constant value, string? kind'),
        ('Attribute', 'expr value, identifier attr, expr_context ctx'),
        ('Subscript', 'expr value, expr slice, expr_context ctx'),
        ('Starred', 'expr value, expr_context ctx'),
        ('Name', 'identifier id, expr_context ctx'),
        ('List', 'expr* elts, expr_context ctx'),
        ('Tuple', 'expr* elts, expr_context ctx'),
        ('Slice', 'expr? lower, expr? upper, expr? step'),
    ]),
    ('expr_context', (), [('Load', ''), ('Store', ''), ('Del', '')]),
    ('boolop', (), [('And', ''), ('Or', '')]),
    ('operator', (), [('Add', ''), ('Sub', ''), ('Mult', ''), ('MatMult', ''), ('Div', ''),
                      ('Mod', ''), ('Pow', ''), ('LShift', ''), ('RShift', ''), ('BitOr', ''),
                      ('BitXor', ''), ('BitAnd', ''), ('FloorDiv', '')]),
    ('unaryop', (), [('Invert', ''), ('Not', ''), ('UAdd', ''), ('USub', '')]),
    ('cmpop', (), [('Eq', ''), ('NotEq', ''), ('Lt', ''), ('LtE', ''), ('Gt', ''), ('GtE', ''),
                   ('Is', ''), ('IsNot', ''), ('In', ''), ('NotIn', '')]),
    ('comprehension', (), [(None, 'expr target, expr iter, expr* ifs, int is_async')]),
    ('excepthandler', _POS, [('ExceptHandler', 'expr? type, identifier? name, stmt* body')]),
    ('arguments', (), [(None, 'arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, '
                              'expr* kw_defaults, arg? kwarg, expr* defaults')]),
    ('arg', _POS, [(None, 'identifier arg, expr? annotation, string? type_comment')]),
    ('keyword', _POS, [(None, 'identifier? arg, expr value')]),
    ('alias', _POS, [(None, 'identifier name, identifier? asname')]),
    ('withitem', (), [(None, 'expr context_expr, expr? optional_vars')]),
    ('match_case', (), [(None, 'pattern pattern, expr? guard, stmt* body')]),
    ('pattern', _POS, [
        ('MatchValue', 'expr value'),
        ('MatchSingleton', 'constant value'),
        ('MatchSequence', 'pattern* patterns'),
        ('MatchMapping', 'expr* keys, pattern* patterns, identifier? rest'),
        ('MatchClass', 'expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns'),
        ('MatchStar', 'identifier? name'),
        ('MatchAs', 'pattern? pattern, identifier? name'),
        ('MatchOr', 'pattern* patterns'),
    ]),
    ('type_ignore', (), [('TypeIgnore', 'int lineno, string tag')]),
]


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__ or None


# For each class: {field: (type, '' | '*' | '?')}, used by _tree_source.
_FIELD_TYPES = {}
# Abstract kind of each concrete class ('expr' for Name, ...).
_KIND_OF = {}
_KINDS = {}


def _parse_fields(text):
    out = []
    for part in text.split(','):
        part = part.strip()
        if not part:
            continue
        typ, name = part.split()
        q = ''
        if typ[-1] in '*?':
            typ, q = typ[:-1], typ[-1]
        out.append((name, typ, q))
    return out


def _make_class(name, base, fields, attributes):
    ns = {'_fields': tuple(f[0] for f in fields), '__match_args__': tuple(f[0] for f in fields),
          '__module__': 'ast'}
    if attributes is not None:
        ns['_attributes'] = attributes
    for fname, typ, q in fields:
        if q == '?':
            ns[fname] = None
    cls = type(name, (base,), ns)
    _FIELD_TYPES[cls] = fields
    return cls


def _build():
    g = globals()
    for kind, attributes, variants in _GRAMMAR:
        if len(variants) == 1 and variants[0][0] is None:
            cls = _make_class(kind, AST, _parse_fields(variants[0][1]), attributes)
            if attributes == _POS:
                cls.end_lineno = None
                cls.end_col_offset = None
            g[kind] = cls
            _KIND_OF[cls] = kind
            _KINDS[kind] = cls
            continue
        ns = {'_fields': (), '_attributes': attributes, '__module__': 'ast'}
        if attributes == _POS:
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
        base = type(kind, (AST,), ns)
        g[kind] = base
        _KINDS[kind] = base
        for cname, ftext in variants:
            cls = _make_class(cname, base, _parse_fields(ftext), None)
            g[cname] = cls
            _KIND_OF[cls] = kind


_build()
del _build

# Parser output shares one instance of each context / operator class.
_SINGLETON_KINDS = ('expr_context', 'boolop', 'operator', 'unaryop', 'cmpop')


class _DumpNamespace(dict):
    """Names for evaluating a dump: the node classes, shared singletons for
    the operator classes, and inf for infinite float literals."""
    def __missing__(self, key):
        raise KeyError(key)


def _dump_namespace():
    ns = {'__builtins__': {'Ellipsis': Ellipsis, 'None': None, 'True': True, 'False': False}}
    g = globals()
    for cls, kind in _KIND_OF.items():
        if kind in _SINGLETON_KINDS:
            inst = cls()
            ns[cls.__name__] = (lambda inst: lambda: inst)(inst)
        else:
            ns[cls.__name__] = cls
    ns['inf'] = float('inf')
    ns['infj'] = complex(0.0, float('inf'))
    ns['Ellipsis'] = Ellipsis
    return ns


_NS = None


def _from_dump(text, mode):
    global _NS
    if _NS is None:
        _NS = _dump_namespace()
    try:
        tree = eval(text, _NS)
    except (SyntaxError, RecursionError, MemoryError):
        # nested deeper than the compiler takes: read it without recursion
        tree = _read_dump(text)
    if mode == 'eval':
        return Expression(tree)
    if mode == 'single':
        return Interactive(tree.body)
    return tree


_DUMP_TOKEN = None


def _read_dump(text):
    """The tree a dump describes, read with an explicit stack (for trees
    nested too deeply for eval). Frames: [list] or [class, kwargs, key]."""
    global _DUMP_TOKEN
    import re
    if _DUMP_TOKEN is None:
        _DUMP_TOKEN = re.compile(
            r"""\s*(?:(?P<name>[A-Za-z_]\w*)(?P<open>\()?(?P<eq>=)?"""
            r"""|(?P<lit>b?'(?:[^'\\\n]|\\.)*'|b?"(?:[^"\\\n]|\\.)*"|\d[\d.]*(?:e[+-]?\d+)?j?)"""
            r"""|(?P<punct>[\[\](),]))""")
    stack = []
    result = []

    def put(value):
        if not stack:
            result.append(value)
        elif len(stack[-1]) == 1:
            stack[-1][0].append(value)
        else:
            stack[-1][1][stack[-1][2]] = value

    pos, end = 0, len(text)
    while pos < end:
        m = _DUMP_TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            if text[pos:].strip():
                raise ValueError('bad AST dump at %d' % pos)
            break
        pos = m.end()
        if m.group('name'):
            name = m.group('name')
            if m.group('open'):
                stack.append([_NS[name], {}, None])
            elif m.group('eq'):
                stack[-1][2] = name
            else:
                put(_NS[name] if name in _NS else _NS['__builtins__'][name])
        elif m.group('lit'):
            put(eval(m.group('lit'), {'__builtins__': {}}))
        else:
            p = m.group('punct')
            if p == '[':
                stack.append([[]])
            elif p == ']':
                put(stack.pop()[0])
            elif p == ')':
                cls, kwargs, _ = stack.pop()
                put(cls(**kwargs))
    return result[0]


_MODE_NODE = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive',
              'func_type': 'FunctionType'}


def _tree_source(tree, filename, mode, flags):
    if not isinstance(tree, AST):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    want = _MODE_NODE.get(mode)
    if want is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(tree, globals()[want]):
        raise TypeError('expected %s node, got %s' % (want, type(tree).__name__))
    if flags is not None and flags & PyCF_ONLY_AST:
        return tree
    _check(tree, 'mod')
    _Validator().validate(tree)
    from _unparse import unparse
    if mode == 'eval':
        return unparse(tree.body)
    return unparse(tree, keep_lines=True) + '\n'


# ---- CPython's checks of a tree given to compile() -------------------------

def _type_name(v):
    return type(v).__name__


def _check_value(value, typ, owner, fname):
    if typ in _KINDS:
        cls = _KINDS[typ]
        for attr in cls._attributes[:2]:
            if not hasattr(value, attr):
                raise TypeError('required field "%s" missing from %s' % (attr, typ))
        if not isinstance(value, cls):
            raise TypeError('expected some sort of %s, but got %r' % (typ, value))
        _check(value, typ)
    elif typ == 'identifier':
        if not isinstance(value, str):
            raise TypeError('AST identifier must be of type str')
    elif typ == 'string':
        if not isinstance(value, str):
            raise TypeError('AST string must be of type str')
    elif typ == 'int':
        if not isinstance(value, int):
            raise TypeError("invalid integer value: %r" % (value,))
    elif typ == 'constant':
        _check_constant(value)


def _check_constant(value):
    if value is None or value is Ellipsis or isinstance(value, (bool, int, float, complex, str, bytes)):
        return
    if isinstance(value, (tuple, frozenset)):
        for v in value:
            _check_constant(v)
        return
    raise TypeError('got an invalid type in Constant: %s' % _type_name(value))


def _check(node, kind):
    cls = type(node)
    fields = None
    for c in cls.__mro__:
        if c in _FIELD_TYPES:
            fields = _FIELD_TYPES[c]
            break
    if fields is None:
        raise TypeError('expected some sort of %s, but got %r' % (kind, node))
    name = cls.__name__
    base = _KINDS[kind]
    for attr in base._attributes:
        if attr in ('lineno', 'col_offset'):
            if not hasattr(node, attr):
                raise TypeError('required field "%s" missing from %s' % (attr, kind))
            v = getattr(node, attr)
            if not isinstance(v, int):
                raise TypeError("invalid integer value: %r" % (v,))
    for fname, typ, q in fields:
        try:
            value = getattr(node, fname)
        except AttributeError:
            if q == '*':
                raise TypeError('required field "%s" missing from %s' % (fname, name)) from None
            value = None
        if q == '*':
            if not isinstance(value, list):
                raise TypeError('%s field "%s" must be a list, not a %s'
                                % (name, fname, _type_name(value)))
            for item in value:
                if item is None and (name, fname) in (('Dict', 'keys'), ('arguments', 'kw_defaults')):
                    continue
                _check_value(item, typ, name, fname)
        elif value is None:
            if q != '?' and typ != 'constant':
                raise TypeError('required field "%s" missing from %s' % (fname, name))
        else:
            _check_value(value, typ, name, fname)


class _Validator:
    """The ValueError checks CPython's compiler makes on a converted tree."""

    def validate(self, tree):
        if isinstance(tree, Expression):
            self.expr(tree.body, Load)
        else:
            self.stmts(tree.body)

    def ctx(self, node, want):
        ctx = getattr(node, 'ctx', None)
        if type(ctx) is not want:
            raise ValueError('expression must have %s context but has %s instead'
                             % (want.__name__, type(ctx).__name__))

    def stmts(self, body, owner=None):
        for s in body:
            self.stmt(s)

    def nonempty(self, body, what, owner):
        if not body:
            raise ValueError('empty %s on %s' % (what, owner))

    def stmt(self, s):
        n = type(s).__name__
        if isinstance(s, (FunctionDef, AsyncFunctionDef)):
            self.nonempty(s.body, 'body', n)
            self.arguments(s.args)
            for d in s.decorator_list:
                self.expr(d, Load)
            if s.returns is not None:
                self.expr(s.returns, Load)
            self.stmts(s.body)
        elif isinstance(s, ClassDef):
            self.nonempty(s.body, 'body', n)
            for e in s.bases + s.decorator_list:
                self.expr(e, Load)
            for k in s.keywords:
                self.expr(k.value, Load)
            self.stmts(s.body)
        elif isinstance(s, Return):
            if s.value is not None:
                self.expr(s.value, Load)
        elif isinstance(s, Delete):
            self.nonempty(s.targets, 'targets', n)
            for t in s.targets:
                self.expr(t, Del)
        elif isinstance(s, Assign):
            self.nonempty(s.targets, 'targets', n)
            for t in s.targets:
                self.expr(t, Store)
            self.expr(s.value, Load)
        elif isinstance(s, AugAssign):
            self.expr(s.target, Store)
            self.expr(s.value, Load)
        elif isinstance(s, AnnAssign):
            self.expr(s.target, Store)
            self.expr(s.annotation, Load)
            if s.value is not None:
                self.expr(s.value, Load)
        elif isinstance(s, (For, AsyncFor)):
            self.expr(s.target, Store)
            self.expr(s.iter, Load)
            self.nonempty(s.body, 'body', n)
            self.stmts(s.body)
            self.stmts(s.orelse)
        elif isinstance(s, (While, If)):
            self.expr(s.test, Load)
            self.nonempty(s.body, 'body', n)
            self.stmts(s.body)
            self.stmts(s.orelse)
        elif isinstance(s, (With, AsyncWith)):
            self.nonempty(s.items, 'items', n)
            for item in s.items:
                self.expr(item.context_expr, Load)
                if item.optional_vars is not None:
                    self.expr(item.optional_vars, Store)
            self.nonempty(s.body, 'body', n)
            self.stmts(s.body)
        elif isinstance(s, Match):
            self.expr(s.subject, Load)
            self.nonempty(s.cases, 'cases', n)
            for c in s.cases:
                if c.guard is not None:
                    self.expr(c.guard, Load)
                self.nonempty(c.body, 'body', 'match_case')
                self.stmts(c.body)
        elif isinstance(s, Raise):
            if s.exc is not None:
                self.expr(s.exc, Load)
                if s.cause is not None:
                    self.expr(s.cause, Load)
            elif s.cause is not None:
                raise ValueError('Raise with cause but no exception')
        elif isinstance(s, (Try, TryStar)):
            self.nonempty(s.body, 'body', n)
            if not s.handlers and not s.finalbody:
                raise ValueError('%s has neither except handlers nor finalbody' % n)
            if not s.handlers and s.orelse:
                raise ValueError('%s has orelse but no except handlers' % n)
            self.stmts(s.body)
            for h in s.handlers:
                if h.type is not None:
                    self.expr(h.type, Load)
                self.nonempty(h.body, 'body', 'ExceptHandler')
                self.stmts(h.body)
            self.stmts(s.orelse)
            self.stmts(s.finalbody)
        elif isinstance(s, Assert):
            self.expr(s.test, Load)
            if s.msg is not None:
                self.expr(s.msg, Load)
        elif isinstance(s, (Import, ImportFrom)):
            self.nonempty(s.names, 'names', n)
            if isinstance(s, ImportFrom) and s.level is not None and s.level < 0:
                raise ValueError('Negative ImportFrom level')
        elif isinstance(s, (Global, Nonlocal)):
            self.nonempty(s.names, 'names', n)
        elif isinstance(s, Expr):
            self.expr(s.value, Load)

    def arguments(self, a):
        for x in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg]:
            if x is not None and x.annotation is not None:
                self.expr(x.annotation, Load)
        if len(a.defaults) > len(a.posonlyargs) + len(a.args):
            raise ValueError('more positional defaults than args on arguments')
        if len(a.kw_defaults) != len(a.kwonlyargs):
            raise ValueError('length of kwonlyargs is not the same as kw_defaults on arguments')
        for d in a.defaults:
            self.expr(d, Load)
        for d in a.kw_defaults:
            if d is not None:
                self.expr(d, Load)

    def exprs(self, items, ctx):
        for e in items:
            self.expr(e, ctx)

    def expr(self, e, ctx):
        if isinstance(e, (Attribute, Subscript, Starred, Name, List, Tuple)):
            self.ctx(e, ctx)
        elif ctx is not Load:
            raise ValueError('expression which can\'t be assigned to in %s context'
                             % ctx.__name__)
        if isinstance(e, BoolOp):
            if len(e.values) < 2:
                raise ValueError('BoolOp with less than 2 values')
            self.exprs(e.values, Load)
        elif isinstance(e, NamedExpr):
            self.expr(e.target, Store)
            self.expr(e.value, Load)
        elif isinstance(e, BinOp):
            self.expr(e.left, Load)
            self.expr(e.right, Load)
        elif isinstance(e, UnaryOp):
            self.expr(e.operand, Load)
        elif isinstance(e, Lambda):
            self.arguments(e.args)
            self.expr(e.body, Load)
        elif isinstance(e, IfExp):
            self.exprs([e.test, e.body, e.orelse], Load)
        elif isinstance(e, Dict):
            if len(e.keys) != len(e.values):
                raise ValueError('Dict doesn\'t have the same number of keys as values')
            self.exprs([k for k in e.keys if k is not None], Load)
            self.exprs(e.values, Load)
        elif isinstance(e, Set):
            self.exprs(e.elts, Load)
        elif isinstance(e, (ListComp, SetComp, DictComp, GeneratorExp)):
            if not e.generators:
                raise ValueError('comprehension with no generators')
            for g in e.generators:
                self.expr(g.target, Store)
                self.expr(g.iter, Load)
                self.exprs(g.ifs, Load)
            if isinstance(e, DictComp):
                self.expr(e.key, Load)
                self.expr(e.value, Load)
            else:
                self.expr(e.elt, Load)
        elif isinstance(e, (Await, YieldFrom)):
            self.expr(e.value, Load)
        elif isinstance(e, Yield):
            if e.value is not None:
                self.expr(e.value, Load)
        elif isinstance(e, Compare):
            if not e.comparators:
                raise ValueError('Compare with no comparators')
            if len(e.comparators) != len(e.ops):
                raise ValueError('Compare has a different number of comparators and operands')
            self.expr(e.left, Load)
            self.exprs(e.comparators, Load)
        elif isinstance(e, Call):
            self.expr(e.func, Load)
            self.exprs(e.args, Load)
            for k in e.keywords:
                self.expr(k.value, Load)
        elif isinstance(e, FormattedValue):
            self.expr(e.value, Load)
            if e.format_spec is not None:
                self.expr(e.format_spec, Load)
        elif isinstance(e, JoinedStr):
            self.exprs(e.values, Load)
        elif isinstance(e, Attribute):
            self.expr(e.value, Load)
        elif isinstance(e, Subscript):
            self.expr(e.slice, Load)
            self.expr(e.value, Load)
        elif isinstance(e, Starred):
            self.expr(e.value, ctx)
        elif isinstance(e, Name):
            if e.id in ('None', 'True', 'False'):
                raise ValueError('identifier field can\'t represent \'%s\' constant' % e.id)
        elif isinstance(e, (List, Tuple)):
            self.exprs(e.elts, ctx)
        elif isinstance(e, Slice):
            for x in (e.lower, e.upper, e.step):
                if x is not None:
                    self.expr(x, Load)
