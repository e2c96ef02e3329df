# csv: the reader's one-match-per-field fast path against the general
# state machine (quotes, doubled quotes, multi-line fields, NUL, \r), and
# the writer's quoting rules (line terminator characters, escapechar,
# QUOTE_NONE, str() of floats) as CPython 3.11.
import csv, io
lines = ['a,b,c\r\n', 'x,"y,z",w\n', '"q""uote",,""\n', '"multi\n', 'line",end\n', '\r\n', '', 'a"b,c\n',
         '"a"b,c\n', 'trail,\n', ',\n', '"x"\n', 'sp ace, lead\n', '"unterminated', ]
for strict in (False, True):
    try:
        print(list(csv.reader(lines, strict=strict)))
    except csv.Error as e:
        print("err", e)
r = csv.reader(['a,b\n', '"c\n', 'd",e\n', 'f\n'])
for row in r:
    print(row, r.line_num)
print(list(csv.reader(['a;"b;c";d\n'], delimiter=";")))
print(list(csv.reader(["a\tb\t'c\t'\n"], dialect="excel-tab", quotechar="'")))
print(list(csv.reader(['1,"2",x\n'], quoting=csv.QUOTE_NONNUMERIC)) if False else 0)
print(list(csv.reader(['a, "b"\n'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\n'], escapechar="\\")))
try:
    print(list(csv.reader(['a,b\0c\n'])))
except csv.Error as e:
    print("err", e)
try:
    print(list(csv.reader(['a,b\rc\n'])))
except csv.Error as e:
    print("err", e)
buf = io.StringIO()
w = csv.writer(buf)
w.writerow([1, 2.5, None, "", "a,b", 'q"t', "nl\nx", "cr\r", True, 1e20, " s"])
w.writerow([""])
w.writerow([])
w = csv.writer(buf, delimiter="\t", quotechar="'")
w.writerow(["a\tb", "it's", 'dq"', 3])
w = csv.writer(buf, quoting=csv.QUOTE_ALL)
w.writerow(["a", 1])
w = csv.writer(buf, escapechar="\\", doublequote=False)
w.writerow(['a"b', "c,d"])
class F(float):
    def __repr__(self): return "F!"
    def __str__(self): return "Fs"
w = csv.writer(buf)
w.writerow([F(1.5)])
print(repr(buf.getvalue()))
big = io.StringIO()
wr = csv.writer(big)
for i in range(300):
    wr.writerow([i, "n%d" % i, "c,%d" % i if i % 3 == 0 else "q\"%d" % i if i % 5 == 0 else "p", i / 4, "" if i % 7 else "x\ny"])
rows = list(csv.reader(io.StringIO(big.getvalue())))
print(len(rows), rows[:4], rows[-1], sum(len(r) for r in rows))
rd = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n\n5,6\n"), restkey="rest", restval="RV")
print(list(rd), rd.line_num)
def w(row, **k):
    b = io.StringIO()
    try:
        csv.writer(b, **k).writerow(row)
    except csv.Error as e:
        return "err %s" % e
    return b.getvalue()
print(repr(w(['a\nb', 'c\rd', 'e'], lineterminator='\n')))
print(repr(w(['a\nb', 'c\rd', 'x;y'], lineterminator=';')))
print(repr(w(['a"b', 'c\\d', 'e,f'], escapechar='\\', doublequote=False)))
print(repr(w(['a"b', 'c\\d'], escapechar='\\')))
print(repr(w(['a b', ' c'], delimiter=' ')))
print(repr(w(['', 'x'], delimiter=' ')))
print(repr(w([1.0, 2, True, None, 1e301, 1/3])))
print(repr(w(['a,b', 'c"d', 'e\nf'], quoting=csv.QUOTE_NONE, escapechar='\\')))
print(repr(w(['a,b'], quoting=csv.QUOTE_NONE)))
print(repr(w(['a"b'], doublequote=False)))
print(repr(w(['x', 1, 2.5, None, True], quoting=csv.QUOTE_NONNUMERIC)))
print(repr(w(['x', 'y'], quoting=csv.QUOTE_ALL, quotechar="'")))
