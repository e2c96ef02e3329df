# sqlite3: user functions, aggregates, collations, adapters and converters,
# the trace callback.
import datetime
import math
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(i integer, f real, s text, b blob)")
con.executemany("insert into t values (?, ?, ?, ?)",
                [(1, 1.5, "one", b"\x01"), (2, 2.5, "two", None), (3, None, "Three", b"\x03\x03")])

# functions: argument and result types
con.create_function("describe", 1, lambda v: "%s:%r" % (type(v).__name__, v))
print(con.execute("select describe(i), describe(f), describe(s), describe(b) from t order by i").fetchall())
con.create_function("ident", 1, lambda v: v, deterministic=True)
for v in (None, 7, 2**62, 1.5, "str", b"bytes", bytearray(b"ba"), True):
    print(repr(con.execute("select ident(?)", (v,)).fetchone()[0]))
con.create_function("nargs", -1, lambda *a: len(a))
print(con.execute("select nargs(), nargs(1), nargs(1, 2, 3)").fetchone())
con.create_function("cos", 1, math.cos)
print(con.execute("select round(cos(0), 3)").fetchone())
con.create_function("cos", 1, None)
try:
    con.execute("select cos(0)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
try:
    con.create_function("notcallable", 1, 5)
except TypeError as e:
    print("TypeError", e)

# a function that raises; a result that is too big; an unsupported result
con.create_function("boom", 0, lambda: 1 / 0)
con.create_function("big", 0, lambda: 2**70)
con.create_function("weird", 0, lambda: [1])
for f in ("boom", "big", "weird"):
    try:
        con.execute("select %s()" % f).fetchall()
    except sqlite3.Error as e:
        print(type(e).__name__, e)
print(con.execute("select 1").fetchone())
# the function is used in a WHERE clause and an update
con.create_function("is_odd", 1, lambda x: x % 2 == 1)
print(con.execute("select i from t where is_odd(i) order by i").fetchall())
con.create_function("shout", 1, lambda s: s.upper() + "!")
con.execute("update t set s = shout(s) where i = 2")
print(con.execute("select s from t where i = 2").fetchone())

# aggregates
class Median:
    def __init__(self):
        self.values = []
    def step(self, v):
        if v is not None:
            self.values.append(v)
    def finalize(self):
        if not self.values:
            return None
        v = sorted(self.values)
        n = len(v)
        return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
con.create_aggregate("median", 1, Median)
print(con.execute("select median(i), median(f) from t").fetchone())
print(con.execute("select median(i) from t where i > 100").fetchone())
con.execute("create table g(k, v)")
con.executemany("insert into g values (?, ?)", [("a", 1), ("a", 5), ("b", 2), ("b", 4), ("b", 9)])
print(con.execute("select k, median(v), count(*) from g group by k order by k").fetchall())

class Concat:
    def __init__(self):
        self.parts = []
    def step(self, a, sep):
        self.parts.append(str(a))
        self.sep = sep
    def finalize(self):
        return self.sep.join(self.parts)
con.create_aggregate("concat", 2, Concat)
print(con.execute("select concat(v, '-') from (select v from g order by v)").fetchone())

class BadStep:
    def step(self, v):
        raise ValueError
    def finalize(self):
        return 0
class BadFinal:
    def step(self, v):
        pass
    def finalize(self):
        raise ValueError
class BadInit:
    def __init__(self):
        raise ValueError
for name, cls in (("badstep", BadStep), ("badfinal", BadFinal), ("badinit", BadInit)):
    con.create_aggregate(name, 1, cls)
    try:
        con.execute("select %s(v) from g" % name).fetchall()
    except sqlite3.OperationalError as e:
        print("OperationalError", e)

# collations
def by_length(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))
con.create_collation("bylen", by_length)
con.execute("create table w(x text)")
con.executemany("insert into w values (?)", [("ccc",), ("a",), ("bb",), ("aaaa",), ("b",)])
print(con.execute("select x from w order by x collate bylen").fetchall())
print(con.execute("select x from w order by x collate bylen desc").fetchall())
con.create_collation("reverse", lambda a, b: -1 if a > b else 1 if a < b else 0)
print(con.execute("select x from w order by x collate reverse").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("select x from w order by x collate reverse")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
try:
    con.create_collation("x", "notcallable")
except TypeError as e:
    print("TypeError", e)

# adapters
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
def adapt_point(p):
    return "%f;%f" % (p.x, p.y)
sqlite3.register_adapter(Point, adapt_point)
print(con.execute("select ?", (Point(1, 2.5),)).fetchone())

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print((Point, sqlite3.PrepareProtocol) in sqlite3.adapters)

# converters: declared types and column names
def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)
sqlite3.register_converter("point", convert_point)
dcon = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dcon.execute("create table p(p point, d date, ts timestamp, n integer, q POINT(10))")
now = datetime.datetime(2024, 2, 29, 13, 45, 7, 120)
dcon.execute("insert into p values (?, ?, ?, ?, ?)", (Point(1, 2), datetime.date(2024, 1, 2), now, 7, Point(5, 6)))
dcon.execute("insert into p values (null, null, ?, null, null)", (datetime.datetime(2020, 5, 6, 7, 8, 9),))
for row in dcon.execute("select * from p"):
    print(row)
print(dcon.execute("select p as \"p [point]\", s as \"s [POINT]\" from (select '7;8' as p, '9;10' as s)").fetchone())
cu = dcon.execute("select d as \"day [date]\", ts from p")
print(cu.description[0][0], cu.fetchone())
print(dcon.execute("select d, typeof(d), ts from p").fetchone())
con.execute("create table p(p point)")
con.execute("insert into p values (?)", (Point(1, 2),))
print(con.execute("select p from p").fetchone())
print(sorted(k for k in sqlite3.converters if k in ("DATE", "TIMESTAMP", "POINT")))
dcon.close()

# date adapters without detect_types give the ISO text
print(con.execute("select ?, ?", (datetime.date(2001, 2, 3), datetime.datetime(2001, 2, 3, 4, 5, 6, 7))).fetchone())

# adapting a base type
sqlite3.register_adapter(int, lambda i: i * 100)
print(con.execute("select ?", (3,)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]

# the trace callback
seen = []
con.set_trace_callback(seen.append)
con.execute("select ? + 1", (41,)).fetchall()
con.execute("create table tr(x)")
con.set_trace_callback(None)
con.execute("select 2").fetchall()
print(seen)
con.close()
print("done")
