# Generates the table-driven part of tests/unit/test_str.c: each case runs
# in CPython 3.11 here, and its repr (or exception) becomes the expectation.
import operator
def clit(b):
    return '"' + ''.join('\\%03o' % c for c in b) + '"'
def cval(v):
    if isinstance(v, bool): return 'V_TRUE' if v else 'V_FALSE'
    if v is None: return 'V_NONE'
    if isinstance(v, int): return 'I(%d)' % v
    if isinstance(v, float): return 'F(%r)' % v
    if isinstance(v, str):
        b = v.encode('utf-8', 'surrogatepass'); return 'S(%s, %d)' % (clit(b), len(b))
    if isinstance(v, bytes): return 'B(%s, %d)' % (clit(v), len(v))
    if isinstance(v, tuple): return 'T(%d%s)' % (len(v), ''.join(', ' + cval(x) for x in v))
    if isinstance(v, list): return 'L(%d%s)' % (len(v), ''.join(', ' + cval(x) for x in v))
    if isinstance(v, slice): return 'SL(%s, %s, %s)' % (cval(v.start), cval(v.stop), cval(v.step))
    raise TypeError(v)
def pyrun(recv, meth, args, kw):
    if meth == '__repr__': return repr(recv)
    if meth == '__getitem__': return recv[args[0]]
    if meth == '__add__': return recv + args[0]
    if meth == '__radd__': return args[0] + recv
    if meth == '__mul__': return recv * args[0]
    if meth == '__contains__': return args[0] in recv
    if meth == '__len__': return len(recv)
    if meth == '__iter__': return list(iter(recv))
    if meth == '__lt__': return recv < args[0]
    if meth == '__eq__': return recv == args[0]
    if meth == '__new__': return type(recv)(*args, **kw)
    return getattr(recv, meth)(*args, **kw)
def expect(recv, meth, args, kw):
    try:
        r = pyrun(recv, meth, args, kw)
        return repr(r)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)
cases = []
def c(recv, meth, *args, **kw): cases.append((recv, meth, args, kw))

# repr
for s in ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n cr\r', 'back\\slash',
          '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad\xff', 'é€😀', '\u200b\u2028\u0378\ue000', '\U0010ffff',
          '\ud800x', 'ascii only ~', '\x1b[0m', 'Ǆ ǅ', "'", '"', '\'"']:
    c(s, '__repr__')
# indexing / slicing
mixed = 'aé€😀b' * 30
for s in ['hello', 'héllo wörld', mixed]:
    n = len(s)
    for i in [0, 1, 2, n - 1, -1, -n, n, -n - 1, n // 2, 64, 65, 127, 128, -65]:
        c(s, '__getitem__', i)
    for sl in [slice(None), slice(1, 4), slice(None, None, -1), slice(None, None, 2), slice(1, None, 3),
               slice(-3, None), slice(None, -3), slice(10, 2, -2), slice(-1, -n - 5, -7), slice(5, 1),
               slice(0, 200, 64), slice(None, None, 0), slice(63, 130), slice(-70, -1, 5)]:
        c(s, '__getitem__', sl)
c('abc', '__getitem__', 'x'); c('abc', '__getitem__', 1.5); c('abc', '__getitem__', True)
c('abc', '__len__'); c(mixed, '__len__'); c('', '__len__')
c('aé😀', '__iter__'); c('', '__iter__')
# operators
c('ab', '__add__', 'cd'); c('ab', '__add__', 1); c('é', '__add__', '€'); c('', '__add__', '')
c('ab', '__mul__', 3); c('ab', '__mul__', 0); c('ab', '__mul__', -2); c('é€', '__mul__', 2); c('ab', '__mul__', 1.5)
c('ab', '__mul__', True)
c('abc', '__contains__', 'bc'); c('abc', '__contains__', ''); c('abc', '__contains__', 'x'); c('abc', '__contains__', 1)
c('aé€', '__contains__', '€')
c('abc', '__lt__', 'abd'); c('abc', '__lt__', 'ab'); c('é', '__lt__', 'z'); c('z', '__lt__', '€'); c('\U00010000', '__lt__', '\uffff')
c('abc', '__eq__', 'abc'); c('abc', '__eq__', 1)
# construction
c('', '__new__'); c('', '__new__', 5); c('', '__new__', 'x'); c('', '__new__', b'abc', 'ascii')
c('', '__new__', b'\xc3\xa9', 'utf-8'); c('', '__new__', b'\xe9', 'latin-1'); c('', '__new__', b'\xff', 'utf-8')
c('', '__new__', b'\xff', 'utf-8', 'replace'); c('', '__new__', 'x', 'utf-8'); c('', '__new__', 1, 'utf-8')
c('', '__new__', b'a', 1); c('', '__new__', b'a', 'nope'); c('', '__new__', b'a', encoding='utf-8')
# join
c(',', 'join', ['a', 'b', 'c']); c(',', 'join', []); c(',', 'join', ['x']); c('', 'join', ('a', 'é'))
c(', ', 'join', ['a', 1]); c(',', 'join', 5); c('é', 'join', ['a', 'b']); c(',', 'join', 'abc')
# split
for s in ['a b  c', '  a b  ', '', '   ', 'a\tb\nc\x0bd\x0ce\x1cf\x85g\u3000h\xa0i', 'one', 'a,b,,c', 'é,€,😀']:
    c(s, 'split'); c(s, 'rsplit')
    for m in [0, 1, 2]:
        c(s, 'split', None, m); c(s, 'rsplit', None, m)
    c(s, 'split', ','); c(s, 'rsplit', ','); c(s, 'split', ',', 1); c(s, 'rsplit', ',', 1)
c('a b', 'split', ''); c('a b', 'split', 1); c('a b', 'split', maxsplit=1); c('a b c', 'rsplit', maxsplit=1)
c('aXXbXXc', 'split', 'XX'); c('aXXXb', 'split', 'XX'); c('aXXXb', 'rsplit', 'XX'); c('a b', 'split', sep=None, maxsplit=1.5)
c('a b', 'split', x=1)
# splitlines
for s in ['a\nb\r\nc\rd', 'a\n', '\n', '', 'x\x0by\x0cz\x1cw\x1d\x1e\x85\u2028\u2029end', 'a\r', 'no newline']:
    c(s, 'splitlines'); c(s, 'splitlines', True)
c('a\nb', 'splitlines', keepends=True)
# strip
for s in ['  hi  ', '\t\n hi \x85\u3000', 'xxhixx', '', 'hi', 'éàhiàé', '   ']:
    for m in ['strip', 'lstrip', 'rstrip']:
        c(s, m); c(s, m, 'x'); c(s, m, 'éà'); c(s, m, None); c(s, m, '')
c('a', 'strip', 1); c('a', 'lstrip', 1)
# replace
for args in [('a', 'b'), ('', '-'), ('', '-', 2), ('aa', 'x'), ('a', 'b', 1), ('a', 'b', 0), ('a', 'b', -1),
             ('é', 'e'), ('x', 'y'), ('', ''), ('a', '')]:
    c('banana é aaa', 'replace', *args); c('', 'replace', *args)
c('abc', 'replace', 1, 'x'); c('abc', 'replace', 'a', 2); c('abc', 'replace', 'a', 'b', 1.5)
# find family
s = 'héllo wörld héllo'
for m in ['find', 'rfind', 'index', 'rindex', 'count']:
    for args in [('l',), ('héllo',), ('z',), ('',), ('l', 5), ('l', -3), ('l', 2, 4), ('', 17), ('', 18),
                 ('', 3, 2), ('ö', 0, 100), ('o', -100, -2), ('l', None, 5), ('héllo', 1), ('héllo', 0, 5), ('héllo', 0, 4)]:
        c(s, m, *args)
    c('abc', m, 1); c('abc', m, 'a', 1.5); c('abc', m)
c('abcabc', 'count', 'abc'); c('aaaa', 'count', 'aa'); c('abc', 'count', '', 5); c('abc', 'count', '', 1, 2)
c(mixed, 'find', 'b', 100); c(mixed, 'rfind', '😀', 0, 100); c(mixed, 'index', 'a', 130)
# startswith / endswith
for m in ['startswith', 'endswith']:
    for args in [('hé',), ('lo',), ('',), ('', 5), ('', 6), ('é', 1), ('ll', 2, 4), ('ll', 2, 3), (('x', 'hé'),),
                 (('x', 'y'),), ('héllo',), ('héllo!',), ('lo', -2), ('l', 0, -1), (1,), ((1,),), ('h', None, None)]:
        c('héllo', m, *args)
# case
for s in ['Hello World', 'ß straße', 'ﬁ ŉ ǰ', 'İstanbul', 'ΑΣ ΟΔΟΣ Σ ΑΣ.', 'ǆ ǅ Ǆ', 'hello wORLD 123',
          "they're bill's friends", 'ÉCOLE élève', 'ᾳ ᾼ', '', 'aBc', 'ⓐ Ⅰ', 'ΣΑΣ', 'Σ']:
    for m in ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title', 'isupper', 'islower', 'istitle']:
        c(s, m)
# predicates
for s in ['', 'abc', 'abc1', '123', '١٢٣', '²', '½', '一二三', 'Ⅻ', ' \t\n', '\x1c', '\u200b', 'é', '_x1',
          '1x', 'class', 'a b', 'ab\x7f', 'ÿ', 'ª', '🎉', '\u0378', 'αβγ', 'ABC', 'Ab', '\xa0', 'x\u0300']:
    for m in ['isdigit', 'isalpha', 'isspace', 'isalnum', 'isupper', 'islower', 'isdecimal', 'isnumeric',
              'isidentifier', 'isprintable', 'isascii', 'istitle']:
        c(s, m)
# padding
for s in ['ab', 'abc', 'é', '']:
    for w in [-1, 0, 2, 5, 6, 7]:
        c(s, 'center', w); c(s, 'ljust', w, '*'); c(s, 'rjust', w, '€'); c(s, 'center', w, '*')
c('a', 'center', 3, 'ab'); c('a', 'ljust', 3, 1); c('a', 'center', 1.5); c('a', 'ljust', 3, '')
for s in ['42', '-42', '+42', '', '-', 'é', 'abc']:
    for w in [0, 3, 5]:
        c(s, 'zfill', w)
c('a', 'zfill', 'x')
# partition
for s in ['a=b=c', 'abc', '', 'é=€']:
    c(s, 'partition', '='); c(s, 'rpartition', '=')
c('a', 'partition', ''); c('a', 'partition', 1); c('a', 'rpartition', '')
# expandtabs
for s in ['a\tb', '\t', 'ab\tc\nd\te', 'abcdefgh\tx', 'é\tx', 'a\r\tb', 'no tabs']:
    c(s, 'expandtabs'); c(s, 'expandtabs', 4); c(s, 'expandtabs', 0); c(s, 'expandtabs', -1); c(s, 'expandtabs', tabsize=2)
c('a', 'expandtabs', 1.5)
# removeprefix / removesuffix
for args in ['ab', '', 'x', 'abcd', 'é']:
    c('abcé', 'removeprefix', args); c('abcé', 'removesuffix', args)
c('a', 'removeprefix', 1)
# encode
for s in ['abc', 'é€😀', '\ud800', 'aé\xe8b', '\u20ac']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin_1']:
        c(s, 'encode', enc)
        for e in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            c(s, 'encode', enc, e)
c('a', 'encode', 'nope'); c('é', 'encode', 'ascii', 'nope'); c('a', 'encode', 1); c('a', 'encode', errors=1)
c('\udcff\udc80', 'encode', 'utf-8', 'surrogateescape'); c('\ud800', 'encode', 'utf-8', 'surrogatepass')

# ---- bytes ----
for b in [b'', b'abc', b"it's", b'"q"', b'\'"', b'\x00\x7f\x80\xff', b'\t\n\r\\', b'\x1b']:
    c(b, '__repr__')
c(b'abc', '__getitem__', 1); c(b'abc', '__getitem__', -1); c(b'abc', '__getitem__', 5); c(b'abc', '__getitem__', slice(None, None, -1))
c(b'abcdef', '__getitem__', slice(1, 5, 2)); c(b'abc', '__getitem__', 'x'); c(b'abc', '__len__'); c(b'ab', '__iter__')
c(b'ab', '__add__', b'cd'); c(b'ab', '__add__', 'cd'); c(b'ab', '__mul__', 3); c(b'ab', '__mul__', -1); c(b'a', '__mul__', 1.5)
c(b'abc', '__contains__', 98); c(b'abc', '__contains__', b'bc'); c(b'abc', '__contains__', 300); c(b'abc', '__contains__', 'a')
c(b'abc', '__lt__', b'abd'); c(b'abc', '__eq__', b'abc'); c(b'ab', '__lt__', b'abc')
c(b'', '__new__'); c(b'', '__new__', 3); c(b'', '__new__', [1, 2, 255]); c(b'', '__new__', 'é', 'utf-8')
c(b'', '__new__', -1); c(b'', '__new__', 'a'); c(b'', '__new__', [300]); c(b'', '__new__', ['a']); c(b'', '__new__', 1.5)
c(b'', '__new__', 1, 'utf-8'); c(b'', '__new__', b'xy'); c(b'', '__new__', (65, 66))
for b in [b'\xff', b'\xe4\xb8', b'\xe4\xb8A', b'\xe4A', b'\xed\xa0\x80', b'\xc0\x80', b'\xf4\x90\x80\x80',
          b'\xe0\x80\x80', b'\xf0\x9f\x98', b'a\xf0\x9f\x98b', b'\xe0\xa0', b'ok \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80',
          b'\xf5\x80', b'\x80abc']:
    c(b, 'decode'); c(b, 'decode', 'utf-8', 'replace'); c(b, 'decode', 'utf-8', 'ignore')
    c(b, 'decode', 'utf-8', 'backslashreplace'); c(b, 'decode', 'ascii'); c(b, 'decode', 'latin-1')
    c(b, 'decode', 'ascii', 'replace'); c(b, 'decode', 'utf-8', 'surrogateescape')
c(b'\xed\xa0\x80', 'decode', 'utf-8', 'surrogatepass'); c(b'a', 'decode', 'nope'); c(b'\xff', 'decode', 'utf-8', 'nope')
c(b'', 'decode', 1); c(b'abc', 'decode', encoding='ascii')
c(b',', 'join', [b'a', b'b']); c(b',', 'join', []); c(b',', 'join', [b'a', 1]); c(b',', 'join', 5)
for b in [b'a b  c', b'  a\x0bb\x1cc ', b'', b'a,b,,c']:
    c(b, 'split'); c(b, 'split', None, 1); c(b, 'split', b','); c(b, 'split', b',', 1); c(b, 'rsplit'); c(b, 'rsplit', None, 1)
    c(b, 'rsplit', b',', 1)
c(b'a', 'split', b''); c(b'a', 'split', 'a')
for b in [b'  hi  ', b'xxhixx', b'', b'\x1chi']:
    c(b, 'strip'); c(b, 'strip', b'x'); c(b, 'lstrip'); c(b, 'rstrip', b'x')
c(b'a', 'strip', 'a')
for m in ['startswith', 'endswith']:
    for args in [(b'ab',), (b'',), ((b'x', b'c'),), ('a',), ((1,),), (b'b', 1), (b'bc', 1, 3)]:
        c(b'abc', m, *args)
for m in ['find', 'rfind', 'index', 'rindex', 'count']:
    for args in [(b'b',), (98,), (b'z',), (b'',), (b'b', 2), (300,), ('a',), (b'ab', 0, 2), (b'ab', 0, 1)]:
        c(b'abcab', m, *args)
for args in [(b'a', b'x'), (b'', b'-'), (b'a', b'x', 1), (b'q', b'x'), ('a', b'b'), (b'a', 'b')]:
    c(b'banana', 'replace', *args)
c(b'Hello \xff', 'upper'); c(b'Hello \xff', 'lower')
c(b'\x01\x02\xab', 'hex'); c(b'', 'hex'); c(b'\x01\x02\x03', 'hex', ':'); c(b'\x01\x02\x03\x04\x05', 'hex', ':', 2)
c(b'\x01\x02\x03\x04\x05', 'hex', b'-', -2)

out = []
out.append('static void test_table(void **state) {\n    (void)state;\n')
for recv, meth, args, kw in cases:
    exp = expect(recv, meth, args, kw)
    e = exp.encode('utf-8', 'surrogatepass')
    argv = ', '.join([cval(a) for a in args] + [cval(v) for v in kw.values()])
    kwn = 'T(%d%s)' % (len(kw), ''.join(', ' + cval(k) for k in kw)) if kw else 'V_NULL'
    out.append('    check(%s, "%s", (Value[]){%s}, %d, %s, %s, %d);\n' % (
        cval(recv), meth, argv if argv else 'V_NULL', len(args), kwn, clit(e), len(e)))
out.append('}\n')
open('cases.inc', 'w').write(''.join(out))
print(len(cases))
