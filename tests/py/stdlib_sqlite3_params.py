# sqlite3: parameters of every style and type, executemany from iterators.
import sqlite3
import collections

con = sqlite3.connect(":memory:")
con.execute("create table t(a, b)")

def show(sql, params=()):
    try:
        print(con.execute(sql, params).fetchall())
    except Exception as e:
        print(type(e).__name__, e)

# qmark, numeric, named from sequences and mappings
show("select ?, ?", (1, "two"))
show("select ?, ?", [3.5, None])
show("select ?2, ?1", ("first", "second"))
show("select :a, :b, :a", {"a": 1, "b": 2})
show("select @x, $y", {"x": "at", "y": "dollar"})
show("select :a", collections.OrderedDict(a="ordered"))

class Missing(dict):
    def __missing__(self, key):
        return key.upper()
show("select :abc, :d", Missing(d=4))

class Map(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
show("select :k", Map({"k": "mapping"}))

class Seq(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i * 10
show("select ?, ?", Seq())

# every type both ways
values = [None, 0, -1, 2**62, -2**63, 2**63 - 1, 1.25, -0.0, float("inf"), "", "text",
          "\u00e9\u4e2d\U0001f600", b"", b"\x00\xff", bytearray(b"ba"), memoryview(b"mv"), True, False]
for v in values:
    r = con.execute("select ?, typeof(?)", (v, v)).fetchone()
    print(repr(v) if not isinstance(v, memoryview) else "memoryview", "->", repr(r))

class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
show("select ?, ?, ?, typeof(?)", (MyInt(7), MyStr("s"), MyFloat(2.5), MyInt(7)))

# errors
show("select ?", (2**63,))
show("select ?", (-2**63 - 1,))
show("select ?", ([1],))
show("select ?, ?", ({},  1))
show("select ?, ?", (1,))
show("select ?", (1, 2))
show("select ?")
show("select :a", {"b": 1})
show("select ?", {"a": 1})
show("select 1", 5)
show("select ?", "x")
show("select :a", [9])

# executemany: lists, generators, iterators, dicts
cur = con.cursor()
cur.executemany("insert into t values (?, ?)", [(1, "a"), (2, "b")])
print(cur.rowcount)
cur.executemany("insert into t values (?, ?)", ((i, str(i) * i) for i in range(3, 6)))
print(cur.rowcount)
cur.executemany("insert into t values (:x, :y)", iter([{"x": 6, "y": "f"}, {"x": 7, "y": "g"}]))
print(cur.rowcount)

class Counter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return (100 + self.i, None)
cur.executemany("insert into t values (?, ?)", Counter())
print(cur.rowcount, cur.lastrowid)
cur.executemany("insert into t values (?, ?)", [])
print(cur.rowcount)
print(con.execute("select * from t order by a").fetchall())
try:
    cur.executemany("select ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
def bad():
    yield (1, 2)
    raise ValueError("from the generator")
try:
    cur.executemany("insert into t values (?, ?)", bad())
except ValueError as e:
    print("ValueError", e)
print(con.execute("select count(*) from t").fetchone())
try:
    cur.executemany("insert into t values (?, ?)", [(1, 2), (3,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(con.execute("select count(*) from t").fetchone())

# update with many
cur.executemany("update t set b = ? where a = ?", [("x", 1), ("y", 2), ("z", 999)])
print(cur.rowcount)

# a statement re-executed with new parameters (the statement cache)
for i in range(5):
    print(con.execute("select ? * 2", (i,)).fetchone()[0], end=" ")
print()
