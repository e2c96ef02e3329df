"""_unparse: ast.unparse, source text from a tree.

Parentheses follow operator precedence the way CPython 3.11's unparser
places them, so the text is the same as CPython gives. Each expression is
written with the precedence its position demands (`ctx`); a node whose own
precedence is lower gets parentheses.
"""
from _ast import *

# Precedence levels, lowest binding first.
(P_NAMED, P_TUPLE, P_YIELD, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_EXPR, P_BXOR, P_BAND,
 P_SHIFT, P_ARITH, P_TERM, P_FACTOR, P_POWER, P_AWAIT, P_ATOM) = range(18)
P_BOR = P_EXPR

_BINOPS = {
    Add: ('+', P_ARITH), Sub: ('-', P_ARITH), Mult: ('*', P_TERM), MatMult: ('@', P_TERM),
    Div: ('/', P_TERM), Mod: ('%', P_TERM), LShift: ('<<', P_SHIFT), RShift: ('>>', P_SHIFT),
    BitOr: ('|', P_BOR), BitXor: ('^', P_BXOR), BitAnd: ('&', P_BAND),
    FloorDiv: ('//', P_TERM), Pow: ('**', P_POWER),
}
_UNOPS = {Invert: ('~', P_FACTOR), Not: ('not ', P_NOT), UAdd: ('+', P_FACTOR),
          USub: ('-', P_FACTOR)}
_CMPOPS = {Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is',
           IsNot: 'is not', In: 'in', NotIn: 'not in'}
_BOOLOPS = {And: ('and', P_AND), Or: ('or', P_OR)}

_INF = '1e' + repr(__import__('sys').float_info.max_10_exp + 1)

_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES


def _escape(text, keep_newlines_tabs):
    out = []
    for ch in text:
        if keep_newlines_tabs and ch in '\n\t':
            out.append(ch)
        elif ch == '\\' or not ch.isprintable():
            out.append(ch.encode('unicode_escape').decode('ascii'))
        else:
            out.append(ch)
    return ''.join(out)


def _string_body(text, quotes=_ALL_QUOTES, escape_whitespace=False):
    """(body, usable quotes): text escaped for a literal that avoids
    backslashes where it can, with the quote kinds it may use, best first."""
    body = _escape(text, not escape_whitespace)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in _MULTI_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        r = repr(text)
        for q in quotes:
            if r[0] in q:
                return r[1:-1], [q]
        return r[1:-1], [r[0]]
    if body:
        # A quote ending the body must not touch the closing quote.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _Unparser:
    def __init__(self, in_fstring=False, keep_lines=False):
        self.out = []
        self.level = 0
        self.in_fstring = in_fstring
        # keep_lines (for compile(tree)): blank lines put each statement on
        # its lineno where the text so far allows; nl counts the newlines.
        self.keep_lines = keep_lines
        self.nl = 0

    def w(self, text):
        self.out.append(text)
        if self.keep_lines:
            self.nl += text.count('\n')

    def pad_to(self, s):
        target = getattr(s, 'lineno', None)
        for d in getattr(s, 'decorator_list', ()):
            dl = getattr(d, 'lineno', None)
            if isinstance(dl, int) and (not isinstance(target, int) or dl < target):
                target = dl
        if not isinstance(target, int) or isinstance(target, bool):
            return
        if not self.out and target > 1:
            self.out.append('')
        while self.out and self.nl + 2 < target:
            self.w('\n')

    def text(self):
        return ''.join(self.out)

    def newline(self):
        if self.out:
            self.w('\n')

    def line(self, text=''):
        self.newline()
        self.w('    ' * self.level + text)

    def items(self, nodes, ctx=P_TEST, sep=', '):
        for i, n in enumerate(nodes):
            if i:
                self.w(sep)
            self.expr(n, ctx)

    # ---- statements --------------------------------------------------------

    def stmts(self, body):
        for s in body:
            self.stmt(s)

    def block(self, body, docstrings=False, typed=None):
        # ':' then the indented body; typed: the statement whose type
        # comment goes after the ':' (for, with, def)
        self.w(':')
        if typed is not None:
            self.type_comment(typed)
        self.level += 1
        if docstrings:
            self.body_with_docstring(body)
        else:
            self.stmts(body)
        self.level -= 1

    def body_with_docstring(self, body):
        if (body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant)
                and isinstance(body[0].value.value, str)):
            doc = body[0].value
            self.line()
            if doc.kind == 'u':
                self.w('u')
            text, quotes = _string_body(doc.value, _MULTI_QUOTES)
            self.w(quotes[0] + text + quotes[0])
            body = body[1:]
        self.stmts(body)

    def stmt(self, s):
        if self.keep_lines:
            self.pad_to(s)
        getattr(self, 's_' + type(s).__name__)(s)

    def s_Module(self, s):
        self.body_with_docstring(s.body)

    def s_Interactive(self, s):
        self.stmts(s.body)

    def s_Expression(self, s):
        self.expr(s.body)

    def s_FunctionType(self, s):
        self.w('(')
        self.items(s.argtypes)
        self.w(') -> ')
        self.expr(s.returns)

    def s_Expr(self, s):
        self.line()
        self.expr(s.value, P_YIELD)

    def s_Assign(self, s):
        self.line()
        for t in s.targets:
            self.expr(t, P_TUPLE)
            self.w(' = ')
        self.expr(s.value)
        self.type_comment(s)

    def type_comment(self, s):
        tc = getattr(s, 'type_comment', None)
        if tc:
            self.w('  # type: ' + tc)

    def s_AugAssign(self, s):
        self.line()
        self.expr(s.target)
        self.w(' ' + _BINOPS[type(s.op)][0] + '= ')
        self.expr(s.value)

    def s_AnnAssign(self, s):
        self.line()
        paren = not s.simple and isinstance(s.target, Name)
        self.w('(' if paren else '')
        self.expr(s.target)
        self.w(')' if paren else '')
        self.w(': ')
        self.expr(s.annotation)
        if s.value:
            self.w(' = ')
            self.expr(s.value)

    def s_Return(self, s):
        self.line('return')
        if s.value:
            self.w(' ')
            self.expr(s.value)

    def s_Pass(self, s):
        self.line('pass')

    def s_Break(self, s):
        self.line('break')

    def s_Continue(self, s):
        self.line('continue')

    def s_Delete(self, s):
        self.line('del ')
        self.items(s.targets)

    def s_Assert(self, s):
        self.line('assert ')
        self.expr(s.test)
        if s.msg:
            self.w(', ')
            self.expr(s.msg)

    def s_Global(self, s):
        self.line('global ' + ', '.join(s.names))

    def s_Nonlocal(self, s):
        self.line('nonlocal ' + ', '.join(s.names))

    def s_Raise(self, s):
        self.line('raise')
        if not s.exc:
            return
        self.w(' ')
        self.expr(s.exc)
        if s.cause:
            self.w(' from ')
            self.expr(s.cause)

    def alias(self, a):
        self.w(a.name + (' as ' + a.asname if a.asname else ''))

    def s_Import(self, s):
        self.line('import ')
        for i, a in enumerate(s.names):
            self.w(', ' if i else '')
            self.alias(a)

    def s_ImportFrom(self, s):
        self.line('from ' + '.' * (s.level or 0) + (s.module or '') + ' import ')
        for i, a in enumerate(s.names):
            self.w(', ' if i else '')
            self.alias(a)

    def s_If(self, s):
        self.line('if ')
        self.expr(s.test)
        self.block(s.body)
        while s.orelse and len(s.orelse) == 1 and isinstance(s.orelse[0], If):
            s = s.orelse[0]
            self.line('elif ')
            self.expr(s.test)
            self.block(s.body)
        if s.orelse:
            self.line('else')
            self.block(s.orelse)

    def s_While(self, s):
        self.line('while ')
        self.expr(s.test)
        self.block(s.body)
        if s.orelse:
            self.line('else')
            self.block(s.orelse)

    def s_For(self, s, kw='for '):
        self.line(kw)
        self.expr(s.target, P_TUPLE)
        self.w(' in ')
        self.expr(s.iter)
        self.block(s.body, typed=s)
        if s.orelse:
            self.line('else')
            self.block(s.orelse)

    def s_AsyncFor(self, s):
        self.s_For(s, 'async for ')

    def s_With(self, s, kw='with '):
        self.line(kw)
        for i, item in enumerate(s.items):
            self.w(', ' if i else '')
            self.expr(item.context_expr)
            if item.optional_vars:
                self.w(' as ')
                self.expr(item.optional_vars)
        self.block(s.body, typed=s)

    def s_AsyncWith(self, s):
        self.s_With(s, 'async with ')

    def s_Try(self, s, star=''):
        self.line('try')
        self.block(s.body)
        for h in s.handlers:
            self.line('except' + star)
            if h.type:
                self.w(' ')
                self.expr(h.type)
            if h.name:
                self.w(' as ' + h.name)
            self.block(h.body)
        if s.orelse:
            self.line('else')
            self.block(s.orelse)
        if s.finalbody:
            self.line('finally')
            self.block(s.finalbody)

    def s_TryStar(self, s):
        self.s_Try(s, '*')

    def decorators(self, s):
        if not self.keep_lines:
            self.newline()
        for d in s.decorator_list:
            self.line('@')
            self.expr(d)

    def s_FunctionDef(self, s, kw='def '):
        self.decorators(s)
        self.line(kw + s.name + '(')
        self.arguments(s.args)
        self.w(')')
        if s.returns:
            self.w(' -> ')
            self.expr(s.returns)
        self.block(s.body, True, typed=s)

    def s_AsyncFunctionDef(self, s):
        self.s_FunctionDef(s, 'async def ')

    def s_ClassDef(self, s):
        self.decorators(s)
        self.line('class ' + s.name)
        if s.bases or s.keywords:
            self.w('(')
            first = True
            for b in s.bases:
                self.w('' if first else ', ')
                first = False
                self.expr(b)
            for k in s.keywords:
                self.w('' if first else ', ')
                first = False
                self.keyword(k)
            self.w(')')
        self.block(s.body, docstrings=True)

    def s_Match(self, s):
        self.line('match ')
        self.expr(s.subject)
        self.w(':')
        self.level += 1
        for case in s.cases:
            self.line('case ')
            self.pattern(case.pattern)
            if case.guard:
                self.w(' if ')
                self.expr(case.guard)
            self.block(case.body)
        self.level -= 1

    # ---- patterns ----------------------------------------------------------

    def pattern(self, p, ctx=P_TEST):
        t = type(p)
        if t is MatchValue:
            self.expr(p.value)
        elif t is MatchSingleton:
            self.w(repr(p.value))
        elif t is MatchSequence:
            self.w('[')
            for i, q in enumerate(p.patterns):
                self.w(', ' if i else '')
                self.pattern(q)
            self.w(']')
        elif t is MatchStar:
            self.w('*' + (p.name if p.name is not None else '_'))
        elif t is MatchMapping:
            self.w('{')
            first = True
            for k, q in zip(p.keys, p.patterns):
                self.w('' if first else ', ')
                first = False
                self.expr(k)
                self.w(': ')
                self.pattern(q)
            if p.rest is not None:
                self.w(('' if first else ', ') + '**' + p.rest)
            self.w('}')
        elif t is MatchClass:
            self.expr(p.cls, P_ATOM)
            self.w('(')
            first = True
            for q in p.patterns:
                self.w('' if first else ', ')
                first = False
                self.pattern(q)
            for name, q in zip(p.kwd_attrs, p.kwd_patterns):
                self.w(('' if first else ', ') + name + '=')
                first = False
                self.pattern(q)
            self.w(')')
        elif t is MatchAs:
            if p.name is None:
                self.w('_')
            elif p.pattern is None:
                self.w(p.name)
            else:
                paren = ctx > P_TEST
                self.w('(' if paren else '')
                self.pattern(p.pattern, P_BOR)
                self.w(' as ' + p.name)
                self.w(')' if paren else '')
        elif t is MatchOr:
            paren = ctx > P_BOR
            self.w('(' if paren else '')
            for i, q in enumerate(p.patterns):
                self.w(' | ' if i else '')
                self.pattern(q, P_BOR + 1)
            self.w(')' if paren else '')
        else:
            raise ValueError('unexpected pattern %r' % (p,))

    # ---- arguments ---------------------------------------------------------

    def arg(self, a):
        self.w(a.arg)
        if a.annotation:
            self.w(': ')
            self.expr(a.annotation)

    def arguments(self, args):
        positional = args.posonlyargs + args.args
        defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        first = True
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            self.w('' if first else ', ')
            first = False
            self.arg(a)
            if d:
                self.w('=')
                self.expr(d)
            if i == len(args.posonlyargs):
                self.w(', /')
        if args.vararg or args.kwonlyargs:
            self.w('' if first else ', ')
            first = False
            self.w('*')
            if args.vararg:
                self.arg(args.vararg)
        for a, d in zip(args.kwonlyargs, args.kw_defaults):
            self.w(', ')
            self.arg(a)
            if d:
                self.w('=')
                self.expr(d)
        if args.kwarg:
            self.w('' if first else ', ')
            self.w('**')
            self.arg(args.kwarg)

    def keyword(self, k):
        if k.arg is None:
            self.w('**')
        else:
            self.w(k.arg + '=')
        self.expr(k.value)

    # ---- expressions -------------------------------------------------------

    def expr(self, e, ctx=P_TEST):
        m = getattr(self, 'e_' + type(e).__name__, None)
        if m is None:
            if isinstance(e, stmt) or isinstance(e, mod):
                return self.stmt(e)
            if isinstance(e, pattern):
                return self.pattern(e, ctx)
            m = getattr(self, 'n_' + type(e).__name__, None)
            if m is None:
                raise ValueError('unexpected node %r' % (e,))
            return m(e)
        m(e, ctx)

    def paren(self, cond, text):
        if cond:
            self.w(text)

    def e_Name(self, e, ctx):
        self.w(e.id)

    def constant(self, v):
        if isinstance(v, (float, complex)):
            self.w(repr(v).replace('inf', _INF).replace('nan', '(%s-%s)' % (_INF, _INF)))
        elif self.in_fstring and isinstance(v, str):
            text, quotes = _string_body(v)
            self.w(quotes[0] + text + quotes[0])
        elif v is ...:
            self.w('...')
        elif isinstance(v, tuple):
            self.w('(')
            for i, x in enumerate(v):
                self.w(', ' if i else '')
                self.constant(x)
            self.w(',)' if len(v) == 1 else ')')
        else:
            self.w(repr(v))

    def e_Constant(self, e, ctx):
        if e.kind == 'u':
            self.w('u')
        self.constant(e.value)

    def e_NamedExpr(self, e, ctx):
        self.paren(ctx > P_NAMED, '(')
        self.expr(e.target, P_ATOM)
        self.w(' := ')
        self.expr(e.value, P_ATOM)
        self.paren(ctx > P_NAMED, ')')

    def e_BoolOp(self, e, ctx):
        op, prec = _BOOLOPS[type(e.op)]
        self.paren(ctx > prec, '(')
        for i, v in enumerate(e.values):
            if i:
                self.w(' ' + op + ' ')
            # CPython raises the level for each further operand.
            self.expr(v, prec + 1 + i)
        self.paren(ctx > prec, ')')

    def e_BinOp(self, e, ctx):
        op, prec = _BINOPS[type(e.op)]
        self.paren(ctx > prec, '(')
        right_assoc = op == '**'
        self.expr(e.left, prec + 1 if right_assoc else prec)
        self.w(' ' + op + ' ')
        self.expr(e.right, prec if right_assoc else prec + 1)
        self.paren(ctx > prec, ')')

    def e_UnaryOp(self, e, ctx):
        op, prec = _UNOPS[type(e.op)]
        self.paren(ctx > prec, '(')
        self.w(op)
        self.expr(e.operand, prec)
        self.paren(ctx > prec, ')')

    def e_Compare(self, e, ctx):
        self.paren(ctx > P_CMP, '(')
        self.expr(e.left, P_CMP + 1)
        for op, right in zip(e.ops, e.comparators):
            self.w(' ' + _CMPOPS[type(op)] + ' ')
            self.expr(right, P_CMP + 1)
        self.paren(ctx > P_CMP, ')')

    def e_IfExp(self, e, ctx):
        self.paren(ctx > P_TEST, '(')
        self.expr(e.body, P_TEST + 1)
        self.w(' if ')
        self.expr(e.test, P_TEST + 1)
        self.w(' else ')
        self.expr(e.orelse, P_TEST)
        self.paren(ctx > P_TEST, ')')

    def e_Lambda(self, e, ctx):
        self.paren(ctx > P_TEST, '(')
        self.w('lambda')
        sub = _Unparser()
        sub.arguments(e.args)
        if sub.out:
            self.w(' ')
            self.out.extend(sub.out)
        self.w(': ')
        self.expr(e.body, P_TEST)
        self.paren(ctx > P_TEST, ')')

    def _keyword_operand(self, e, ctx, word, prec):
        # await x / yield [x]: parenthesised below their precedence
        self.paren(ctx > prec, '(')
        self.w(word)
        if e.value:
            self.w(' ')
            self.expr(e.value, P_ATOM)
        self.paren(ctx > prec, ')')

    def e_Await(self, e, ctx):
        self._keyword_operand(e, ctx, 'await', P_AWAIT)

    def e_Yield(self, e, ctx):
        self._keyword_operand(e, ctx, 'yield', P_YIELD)

    def e_YieldFrom(self, e, ctx):
        self.paren(ctx > P_YIELD, '(')
        self.w('yield from ')
        self.expr(e.value, P_ATOM)
        self.paren(ctx > P_YIELD, ')')

    def e_Starred(self, e, ctx):
        self.w('*')
        self.expr(e.value, P_EXPR)

    def e_Attribute(self, e, ctx):
        self.expr(e.value, P_ATOM)
        # 1.real would read as a float literal
        if isinstance(e.value, Constant) and isinstance(e.value.value, int):
            self.w(' ')
        self.w('.' + e.attr)

    def e_Subscript(self, e, ctx):
        self.expr(e.value, P_ATOM)
        self.w('[')
        s = e.slice
        if isinstance(s, Tuple) and s.elts:
            self.items(s.elts)
            if len(s.elts) == 1:
                self.w(',')
        else:
            self.expr(s)
        self.w(']')

    def e_Slice(self, e, ctx):
        if e.lower:
            self.expr(e.lower)
        self.w(':')
        if e.upper:
            self.expr(e.upper)
        if e.step:
            self.w(':')
            self.expr(e.step)

    def e_Call(self, e, ctx):
        self.expr(e.func, P_ATOM)
        self.w('(')
        first = True
        for a in e.args:
            self.w('' if first else ', ')
            first = False
            self.expr(a)
        for k in e.keywords:
            self.w('' if first else ', ')
            first = False
            self.keyword(k)
        self.w(')')

    def e_List(self, e, ctx):
        self.w('[')
        self.items(e.elts)
        self.w(']')

    def e_Tuple(self, e, ctx):
        paren = not e.elts or ctx > P_TUPLE
        self.paren(paren, '(')
        self.items(e.elts)
        if len(e.elts) == 1:
            self.w(',')
        self.paren(paren, ')')

    def e_Set(self, e, ctx):
        if not e.elts:
            self.w('{*()}')
            return
        self.w('{')
        self.items(e.elts)
        self.w('}')

    def e_Dict(self, e, ctx):
        self.w('{')
        for i, (k, v) in enumerate(zip(e.keys, e.values)):
            self.w(', ' if i else '')
            if k is None:
                self.w('**')
                self.expr(v, P_EXPR)
            else:
                self.expr(k)
                self.w(': ')
                self.expr(v)
        self.w('}')

    def generators(self, gens):
        for g in gens:
            self.w(' async for ' if g.is_async else ' for ')
            self.expr(g.target, P_TUPLE)
            self.w(' in ')
            self.expr(g.iter, P_TEST + 1)
            for cond in g.ifs:
                self.w(' if ')
                self.expr(cond, P_TEST + 1)

    def n_comprehension(self, g):
        self.generators([g])

    def e_ListComp(self, e, ctx):
        self.w('[')
        self.expr(e.elt)
        self.generators(e.generators)
        self.w(']')

    def e_SetComp(self, e, ctx):
        self.w('{')
        self.expr(e.elt)
        self.generators(e.generators)
        self.w('}')

    def e_GeneratorExp(self, e, ctx):
        self.w('(')
        self.expr(e.elt)
        self.generators(e.generators)
        self.w(')')

    def e_DictComp(self, e, ctx):
        self.w('{')
        self.expr(e.key)
        self.w(': ')
        self.expr(e.value)
        self.generators(e.generators)
        self.w('}')

    # f-strings: the parts are collected raw, then quoted together.
    def fstring_parts(self, e, out):
        for v in e.values:
            if isinstance(v, Constant):
                out.append((v.value.replace('{', '{{').replace('}', '}}'), True))
            elif isinstance(v, FormattedValue):
                out.append((self.fstring_field(v), False))
            elif isinstance(v, JoinedStr):
                self.fstring_parts(v, out)
            else:
                raise ValueError('unexpected node inside JoinedStr')

    def fstring_field(self, v):
        sub = _Unparser(in_fstring=True)
        sub.expr(v.value, P_TEST + 1)
        text = sub.text()
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        out = '{' + (' ' if text.startswith('{') else '') + text
        if v.conversion != -1:
            out += '!' + chr(v.conversion)
        if v.format_spec:
            parts = []
            self.fstring_parts(v.format_spec, parts)
            out += ':' + ''.join(p for p, _ in parts)
        return out + '}'

    def e_JoinedStr(self, e, ctx):
        self.w('f')
        parts = []
        self.fstring_parts(e, parts)
        if self.in_fstring:
            text, quotes = _string_body(''.join(p for p, _ in parts))
            self.w(quotes[0] + text + quotes[0])
            return
        quotes = _ALL_QUOTES
        pieces = []
        for text, is_constant in parts:
            text, quotes = _string_body(text, quotes, escape_whitespace=is_constant)
            pieces.append(text)
        self.w(quotes[0] + ''.join(pieces) + quotes[0])

    def e_FormattedValue(self, e, ctx):
        self.w('f')
        text, quotes = _string_body(self.fstring_field(e))
        self.w(quotes[0] + text + quotes[0])

    # nodes met outside their usual parents
    def n_arguments(self, a):
        self.arguments(a)

    def n_arg(self, a):
        self.arg(a)

    def n_keyword(self, k):
        self.keyword(k)

    def n_alias(self, a):
        self.alias(a)

    def n_withitem(self, item):
        self.expr(item.context_expr)
        if item.optional_vars:
            self.w(' as ')
            self.expr(item.optional_vars)

    def n_ExceptHandler(self, h):
        self.line('except')
        if h.type:
            self.w(' ')
            self.expr(h.type)
        if h.name:
            self.w(' as ' + h.name)
        self.block(h.body)

    def n_match_case(self, case):
        self.line('case ')
        self.pattern(case.pattern)
        if case.guard:
            self.w(' if ')
            self.expr(case.guard)
        self.block(case.body)


def unparse(ast_obj, keep_lines=False):
    u = _Unparser(keep_lines=keep_lines)
    u.expr(ast_obj)
    return u.text()
