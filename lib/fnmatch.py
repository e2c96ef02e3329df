"""Shell-style filename matching: *, ?, [seq] and [!seq].

coil's implementation of the standard `fnmatch` module. Patterns are
translated once into regular expressions (cached) that must match the whole
name; fnmatch() applies os.path.normcase to both sides first (a no-op on
POSIX), fnmatchcase() does not.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768


def _compiled(pat):
    m = _cache.get(pat)
    if m is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        if isinstance(pat, bytes):
            src = translate(str(pat, "ISO-8859-1"))
            m = re.compile(bytes(src, "ISO-8859-1")).match
        else:
            m = re.compile(translate(pat)).match
        _cache[pat] = m
    return m


def fnmatch(name, pat):
    """Whether name matches pat, after normalising the case of both as the OS does."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compiled(pat)(name) is not None


def filter(names, pat):
    """The names of the iterable that match pat."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def _set_to_re(body):
    """The inside of a [...] class: ! negates, \\ and - are literal except
    as ranges; reversed ranges are dropped as in CPython."""
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    parts = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if i + 2 < n and body[i + 1] == "-":
            lo, hi = c, body[i + 2]
            if lo <= hi:
                parts.append(re.escape(lo) + "-" + re.escape(hi))
            i += 3
        else:
            parts.append(re.escape(c))
            i += 1
    inner = "".join(parts)
    if not inner:
        # [!] matches any one character; an empty (all reversed) set nothing
        return "." if negate else "(?!)"
    return "[" + ("^" if negate else "") + inner + "]"


def translate(pat):
    """A regular expression (a str) matching exactly what pat matches."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # consecutive stars mean one star
            while i < n and pat[i] == "*":
                i += 1
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                out.append(_set_to_re(pat[i:j]))
                i = j + 1
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"
