"""shlex: a lexer for shell-like syntax (split, quote, join and the shlex
class), following CPython 3.11's rules for POSIX and non-POSIX modes.

This lexer reads from a string or a file-like object's read(); the
source/include-file feature and punctuation_chars are not supported.
"""

import re
import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        if punctuation_chars:
            raise NotImplementedError("shlex: punctuation_chars is not supported")
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.punctuation_chars = ''
        self._pending = ''      # characters pushed back into the input

    def push_token(self, tok):
        """Push a token onto the stack popped by the get_token method."""
        self.pushback.insert(0, tok)

    def get_token(self):
        """Get a token from the input stream (or from stack if it's nonempty)."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _getc(self):
        if self._pending:
            c = self._pending[0]
            self._pending = self._pending[1:]
            return c
        c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        # The rest of the line is the comment (the newline included).
        while True:
            c = self._getc()
            if not c or c == '\n':
                return

    def read_token(self):
        quoted = False
        escapedstate = ' '
        posix = self.posix
        while True:
            c = self._getc()
            st = self.state
            if st is None:
                self.token = ''
                break
            elif st == ' ':
                if not c:
                    self.state = None
                    break
                elif c in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                    continue
                elif c in self.commenters:
                    self._skip_comment()
                elif posix and c in self.escape:
                    escapedstate = 'a'
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = 'a'
                elif c in self.quotes:
                    if not posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = 'a'
                else:
                    # A single-character token of its own.
                    self.token = c
                    if self.token or (posix and quoted):
                        break
            elif st in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == st:
                    if not posix:
                        self.token += c
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and c in self.escape and st in self.escapedquotes:
                    escapedstate = st
                    self.state = c
                else:
                    self.token += c
            elif st in self.escape:
                if not c:
                    raise ValueError("No escaped character")
                # Inside double quotes a backslash only escapes the quote
                # and itself; before anything else it stays literal.
                if escapedstate in self.quotes and c != st and c != escapedstate:
                    self.token += st
                self.token += c
                self.state = escapedstate
            elif st == 'a':
                if not c:
                    self.state = None
                    break
                elif c in self.whitespace:
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                    continue
                elif c in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = ' '
                        if self.token or (posix and quoted):
                            break
                        continue
                elif posix and c in self.quotes:
                    self.state = c
                elif posix and c in self.escape:
                    escapedstate = 'a'
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or self.whitespace_split):
                    self.token += c
                else:
                    self._pending = c + self._pending
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        return result

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII)


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if _unsafe.search(s) is None:
        return s
    # Single quotes protect everything; a ' itself is closed, emitted in
    # double quotes, and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)
