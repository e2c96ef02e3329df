"""textwrap: wrapping and filling of plain text (CPython 3.11 behaviour).

Text is split into chunks (runs of whitespace, words, and -- when
break_on_hyphens is true -- the pieces of hyphenated words), and the chunks
are packed greedily into lines. The chunking regular expression is what
decides the exact output, so it follows the rules CPython's documentation
gives: a hyphenated word may break after a hyphen only when at least two
letters precede it (or a letter-hyphen-letter-hyphen run) and a letter
follows; an em-dash ("--" or longer) between words is its own chunk.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: Unicode spaces such as NBSP must not break.
_whitespace = '\t\n\x0b\x0c\r '


def _build_chunk_res():
    ws = '[%s]' % re.escape(_whitespace)
    nws = '[^%s]' % re.escape(_whitespace)
    wordch = r'[\w!"\'&.,?]'      # may precede an em-dash
    letter = r'[^\d\W]'
    parts = [
        ws + '+',                                    # a whitespace run
        '(?<=' + wordch + r')-{2,}(?=\w)',           # em-dash between words
        nws + '+?(?:'                                # a (piece of a) word
            # ends at a hyphen that may be broken after
            '-(?:(?<=' + letter + '{2}-)|(?<=' + letter + '-' + letter + '-))'
            '(?=' + letter + '-?' + letter + ')'
            # or at the end of the word
            '|(?=' + ws + r'|\Z)'
            # or just before an em-dash
            '|(?<=' + wordch + r')(?=-{2,}\w)'
        ')',
    ]
    hyphen_re = re.compile('(' + '|'.join(parts) + ')')
    simple_re = re.compile('(%s+)' % ws)
    return hyphen_re, simple_re


_wordsep_re, _wordsep_simple_re = _build_chunk_res()
_sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')
_ws_translation = {ord(c): ' ' for c in _whitespace}


class TextWrapper:
    """Object for wrapping/filling text; see the module functions."""

    unicode_whitespace_trans = _ws_translation
    wordsep_re = _wordsep_re
    wordsep_simple_re = _wordsep_simple_re
    sentence_end_re = _sentence_end_re

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- chunking -------------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pattern = self.wordsep_re if self.break_on_hyphens else self.wordsep_simple_re
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        # A single space after a sentence end becomes two.
        i = 0
        n = len(chunks) - 1
        while i < n:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: cut it (preferring a hyphen
        # inside the room left) or, if not allowed, put it alone on a line.
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                h = chunk.rfind('-', 0, room)
                if h > 0 and chunk[:h].strip('-'):
                    cut = h + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        max_lines = self.max_lines
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        todo = chunks[::-1]        # popped from the end: next chunk is todo[-1]
        while todo:
            line = []
            used = 0
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)

            # Whitespace never starts a continuation line.
            if self.drop_whitespace and lines and not todo[-1].strip():
                todo.pop()

            while todo and used + len(todo[-1]) <= room:
                piece = todo.pop()
                line.append(piece)
                used += len(piece)

            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(len(p) for p in line)

            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()

            if not line:
                continue
            last_allowed = (
                max_lines is None
                or len(lines) + 1 < max_lines
                or ((not todo
                     or (self.drop_whitespace and len(todo) == 1
                         and not todo[0].strip()))
                    and used <= room))
            if last_allowed:
                lines.append(prefix + ''.join(line))
                continue
            # Out of lines: end with the placeholder where it fits.
            while line:
                if line[-1].strip() and used + len(placeholder) <= room:
                    line.append(placeholder)
                    lines.append(prefix + ''.join(line))
                    break
                used -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(placeholder) <= self.width:
                        lines[-1] = prev + placeholder
                        break
                lines.append(prefix + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public ---------------------------------------------------------

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return it as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width columns."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a paragraph: wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width, ending with the
    placeholder when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_indent_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line.
    Lines of only blanks are normalised to empty lines."""
    text = _blank_line_re.sub('', text)
    margin = None
    for ind in _indent_re.findall(text):
        if margin is None or margin.startswith(ind):
            margin = ind
        elif ind.startswith(margin):
            pass
        else:
            # Longest common prefix (tabs and spaces are not equivalent).
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate is true (by
    default, lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
