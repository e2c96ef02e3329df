"""ast: Python abstract syntax trees (the ast module of Python 3.11).

The node classes come from _ast; this module adds parse(), literal_eval(),
dump(), the tree walking helpers, NodeVisitor / NodeTransformer and
unparse(), written from the Python 3.11 library documentation.
"""
import sys
from _ast import *
from _ast import AST, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    return compile(source, filename, mode, flags)


def literal_eval(node_or_string):
    """Evaluates a node or string holding only a Python literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans, None, Ellipsis,
    and + / - of numbers (complex sums only)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def bad(node):
        msg = 'malformed node or string'
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            bad(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def conv(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(conv, node.elts))
        if isinstance(node, List):
            return list(map(conv, node.elts))
        if isinstance(node, Set):
            return set(map(conv, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                bad(node)
            return dict(zip(map(conv, node.keys), map(conv, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return conv(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: ClassName(field=value, ...); see the ast docs."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            simple = True
            named = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    named = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, s = fmt(value, level)
                simple = simple and s
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, s = fmt(value, level)
                    simple = simple and s
                    parts.append(f'{name}={text}')
            if simple and len(parts) <= 3:
                return f'{cls.__name__}({", ".join(parts)})', not parts
            return f'{cls.__name__}({prefix}{sep.join(parts)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[' + prefix + sep.join(fmt(x, level)[0] for x in node) + ']', False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    return fmt(node)[0]


def copy_location(new_node, old_node):
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _source_lines(source):
    """source cut after each \\n, \\r or \\r\\n only (str.splitlines would also
    cut at form feeds and the other separators the tokenizer keeps)."""
    out = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        i += 1
        if ch == '\r' or ch == '\n':
            if ch == '\r' and i < n and source[i] == '\n':
                i += 1
            out.append(source[start:i])
            start = i
    if start < n:
        out.append(source[start:])
    return out


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from (positions are UTF-8 byte
    offsets); None when node lacks positions. padded: the first line is
    indented to its column (tabs and form feeds kept)."""
    try:
        first, last = node.lineno, node.end_lineno
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    if last is None or end is None:
        return None
    first -= 1
    last -= 1
    lines = [line.encode() for line in _source_lines(source)]
    if first == last:
        return lines[first][start:end].decode()
    head = lines[first][start:].decode()
    if padded:
        indent = lines[first][:start].decode()
        head = ''.join(c if c in '\t\f' else ' ' for c in indent) + head
    middle = [line.decode() for line in lines[first + 1:last]]
    return head + ''.join(middle) + lines[last][:end].decode()


def walk(node):
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Calls visit_<ClassName>(node) for each node met, generic_visit (which
    visits the children) where no such method exists."""

    def visit(self, node):
        return getattr(self, 'visit_' + type(node).__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # A visitor written for Python < 3.8 has visit_Num, visit_Str, ...
        legacy = _legacy_name(node.value)
        method = legacy and getattr(self, 'visit_' + legacy, None)
        if method is not None:
            import warnings
            warnings.warn(f"visit_{legacy} is deprecated; add visit_Constant",
                          DeprecationWarning, 2)
            return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit results replace the nodes visited: None
    removes the node, a list (in a list field) splices several in."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
            elif isinstance(value, list):
                kept = []
                for item in value:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    item = self.visit(item)
                    if item is None:
                        pass
                    elif isinstance(item, AST):
                        kept.append(item)
                    else:
                        kept.extend(item)
                value[:] = kept
        return node


# ---- the classes Python < 3.8 used for constants -----------------------------

def _legacy_name(value):
    if value is None or value is True or value is False:
        return 'NameConstant'
    if isinstance(value, (int, float, complex)):
        return 'Num'
    if isinstance(value, str):
        return 'Str'
    if isinstance(value, bytes):
        return 'Bytes'
    if value is ...:
        return 'Ellipsis'
    return None


Constant.n = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v))
Constant.s = Constant.n


class _Legacy(type):
    """Num, Str, Bytes, NameConstant, Ellipsis: calling one makes a Constant;
    isinstance tests the Constant's value type."""

    def __call__(cls, *args, **kwargs):
        if cls.__name__ == 'Ellipsis':
            return Constant(..., *args, **kwargs)
        return Constant(*args, **kwargs)

    def __instancecheck__(cls, obj):
        return isinstance(obj, Constant) and _legacy_name(getattr(obj, 'value', obj)) == cls.__name__


_doc = 'Deprecated AST node class. Use ast.Constant instead'
Num = _Legacy('Num', (Constant,), {'_fields': ('n',), '__doc__': _doc, '__module__': 'ast'})
Str = _Legacy('Str', (Constant,), {'_fields': ('s',), '__doc__': _doc, '__module__': 'ast'})
Bytes = _Legacy('Bytes', (Constant,), {'_fields': ('s',), '__doc__': _doc, '__module__': 'ast'})
NameConstant = _Legacy('NameConstant', (Constant,), {'__doc__': _doc, '__module__': 'ast'})
Ellipsis = _Legacy('Ellipsis', (Constant,), {'_fields': (), '__doc__': _doc, '__module__': 'ast'})


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class: Index(x) is x."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class: ExtSlice(dims) is a Tuple of them."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class, unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class, unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class, unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class, unused in Python 3."""


from _unparse import unparse  # noqa: E402


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval'))
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
