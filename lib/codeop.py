"""codeop: compile Python code typed interactively, telling complete,
incomplete and invalid input apart (coil's version of the CPython 3.11
module: compile_command, Compile, CommandCompiler)."""

import __future__
import io
import warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

_features = [getattr(__future__, name) for name in __future__.all_feature_names]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

# statements that own an indented block: a header ending in ':' asks for more
_BLOCK_KEYWORDS = {'if', 'elif', 'else', 'while', 'for', 'try', 'except',
                   'finally', 'with', 'def', 'class', 'async', 'match', 'case'}


def _logical_lines(source):
    """The token lists of source's logical lines, and whether the tokenizer
    ran out of input inside a string or bracket (None when it cannot tell)."""
    import tokenize
    lines = []
    current = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                if current:
                    lines.append(current)
                current = []
            elif tok.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT,
                              tokenize.DEDENT):
                continue
            else:
                current.append(tok)
    except tokenize.TokenError:
        return lines, True
    except (SyntaxError, IndentationError):
        return lines, None
    if current:
        lines.append(current)
    return lines, False


def _is_block_header(line):
    return (line and line[-1].string == ':' and
            (line[0].string in _BLOCK_KEYWORDS or line[0].string == '@'))


def _needs_more(source, lines, err):
    """Is source (which failed to compile with err) a valid beginning that
    more lines could complete?"""
    msg = str(getattr(err, 'msg', ''))
    if (msg.endswith('was never closed')
            or msg.startswith('unterminated triple-quoted string literal')):
        return True
    stripped = source.rstrip(' \t\f')
    if stripped.endswith('\\') or stripped.endswith('\\\n'):
        return True
    if not lines:
        return False
    last = lines[-1]
    if _is_block_header(last):
        return True
    if last[0].string == '@':
        return True
    return False


def _is_compound(lines):
    if not lines:
        return False
    first = lines[0]
    if first[0].string == '@':
        return True
    for tok in first:
        if tok.string == ':' and first[0].string in _BLOCK_KEYWORDS:
            return True
    return False


def _top_level_statements(source):
    """How many statements start at column 0 (a compound statement counts once)."""
    import tokenize
    count = 0
    depth = 0
    at_line_start = True
    after_decorator = False
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.INDENT:
                depth += 1
            elif tok.type == tokenize.DEDENT:
                depth -= 1
            elif tok.type == tokenize.NEWLINE:
                at_line_start = True
            elif tok.type in (tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER):
                continue
            elif at_line_start:
                at_line_start = False
                if (depth == 0 and not after_decorator and
                        tok.string not in ('elif', 'else', 'except', 'finally')):
                    count += 1
                after_decorator = tok.string == '@'
    except (tokenize.TokenError, SyntaxError):
        return 1
    return count


def _check_single(source, lines, filename):
    """'single' mode takes one statement (coil's compile() is more lenient)."""
    if _top_level_statements(source) <= 1:
        return
    first_line = source.split('\n', 1)[0]
    if _is_compound(lines):
        second = None
        for line in lines[1:]:
            if line[0].start[1] == 0 and line[0].string not in (
                    'elif', 'else', 'except', 'finally'):
                second = line[0]
                break
        if second is not None:
            raise SyntaxError('invalid syntax', (filename, second.start[0],
                                                 1, second.line))
    raise SyntaxError('multiple statements found while compiling a single statement',
                      (filename, 1, len(first_line) + 1, first_line))


def _maybe_compile(compiler, source, filename, symbol):
    for line in source.split('\n'):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != 'eval':
            source = 'pass'

    if symbol == 'eval' and not source.strip():
        return None
    lines, ran_out = _logical_lines(source)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        try:
            code = compiler(source, filename, symbol)
        except SyntaxError as err:
            if _needs_more(source, lines, err):
                return None
            # an error that moves when more blank lines are added sits at
            # the end of the input: more input could still fix it
            try:
                compiler(source + '\n', filename, symbol)
            except SyntaxError as err1:
                try:
                    compiler(source + '\n\n', filename, symbol)
                    return None
                except SyntaxError as err2:
                    if (err1.msg, err1.lineno, err1.offset) != \
                            (err2.msg, err2.lineno, err2.offset):
                        return None
            else:
                if symbol == 'single':
                    _check_single(source, lines, filename)
                return None
            raise err
        if symbol == 'single':
            _check_single(source, lines, filename)
            if _is_compound(lines) and not source.endswith('\n'):
                return None
        return code


def compile_command(source, filename='<input>', symbol='single'):
    """Compile source as typed at the interactive prompt: a code object when
    it is complete, None when more lines could complete it; SyntaxError (or
    OverflowError, ValueError) when it is invalid.  symbol is 'single',
    'exec' or 'eval'."""
    return _maybe_compile(compile, source, filename, symbol)


class Compile:
    """Like compile(), but remembers the __future__ statements it compiled
    and applies them to later sources."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags & ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        code = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol)
