# sqlite3: transactions (implicit BEGIN before DML as CPython 3.11, commit,
# rollback, the connection as a context manager, isolation_level None) on a
# database file, seen from a second connection.
import os
import sqlite3
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "test.db")
con = sqlite3.connect(path, timeout=0.1)
other = sqlite3.connect(path, timeout=0.1)
print(con.isolation_level == "", con.in_transaction)
con.execute("create table t(x integer primary key, y text)")
print("after DDL", con.in_transaction)
con.execute("insert into t values (1, 'one')")
print("after insert", con.in_transaction)
print("other sees", other.execute("select count(*) from t").fetchone())
con.commit()
print("after commit", con.in_transaction, other.execute("select count(*) from t").fetchone())
con.execute("insert into t values (2, 'two')")
con.execute("update t set y = 'uno' where x = 1")
con.rollback()
print("after rollback", con.execute("select * from t").fetchall(), con.in_transaction)
con.execute("select * from t").fetchall()
print("select opens none", con.in_transaction)
con.commit()
con.rollback()

# the context manager
with con:
    con.execute("insert into t values (3, 'three')")
print("with commit", other.execute("select x from t order by x").fetchall())
try:
    with con:
        con.execute("insert into t values (4, 'four')")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e)
print("with rollback", con.execute("select x from t order by x").fetchall(), con.in_transaction)
try:
    with con:
        con.execute("insert into t values (1, 'dup')")
except sqlite3.IntegrityError as e:
    print("IntegrityError", e)
print(con.execute("select x from t order by x").fetchall())
with con as c:
    print(c is con)

# isolation levels
for level in ("DEFERRED", "immediate", "Exclusive", ""):
    con.isolation_level = level
    con.execute("insert into t values (null, ?)", (level,))
    print(repr(con.isolation_level), con.in_transaction)
    con.commit()
for bad in ("foo", 1):
    try:
        con.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# autocommit: isolation_level None
con.execute("insert into t values (100, 'pending')")
print("before None", con.in_transaction)
con.isolation_level = None
print("set None commits", con.in_transaction, other.execute("select y from t where x = 100").fetchone())
con.execute("insert into t values (101, 'auto')")
print("auto", con.in_transaction, other.execute("select y from t where x = 101").fetchone())
con.execute("begin")
con.execute("insert into t values (102, 'explicit')")
print("explicit", con.in_transaction)
con.rollback()
print("gone", con.execute("select y from t where x = 102").fetchone())
a = sqlite3.connect(path, isolation_level=None)
print(a.isolation_level, a.in_transaction)
a.close()

# executescript commits a pending transaction first
con.isolation_level = ""
con.execute("insert into t values (200, 'before script')")
con.executescript("""
    create table s(a);
    insert into s values (1);
    insert into s values (2);
""")
print("script", con.in_transaction, other.execute("select count(*) from s").fetchone(),
      other.execute("select y from t where x = 200").fetchone())
con.executescript("begin; insert into s values (3);")
print("script begin", con.in_transaction)
con.commit()
print(con.total_changes > 0, other.execute("select sum(a) from s").fetchone())

# a locked database (the other connection holds a write lock)
other.execute("begin immediate")
try:
    con.execute("insert into s values (9)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
other.rollback()
con.rollback()

# a cursor dropped before its last row leaves no read lock behind
con.commit()
print(con.execute("select a from s order by a").fetchone())
other.execute("insert into s values (7)")
other.commit()
print(con.execute("select a from s order by a").fetchall())
pending = con.execute("select a from s order by a")
print(pending.fetchone())
other.execute("delete from s where a = 7")
try:
    other.commit()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
del pending
other.commit()
print(con.execute("select count(*) from s").fetchone())

# uri=True, read-only
ro = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
print(ro.execute("select count(*) from s").fetchone())
try:
    ro.execute("insert into s values (5)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
ro.close()
try:
    sqlite3.connect(os.path.join(d, "no", "such", "dir.db"))
except sqlite3.OperationalError as e:
    print("OperationalError", e)

# connect(factory=...)
class MyConnection(sqlite3.Connection):
    pass
mc = sqlite3.connect(":memory:", factory=MyConnection)
print(type(mc).__name__, mc.execute("select 1").fetchone())
class MyCursor(sqlite3.Cursor):
    pass
print(type(mc.cursor(MyCursor)).__name__, type(mc.cursor(factory=MyCursor)).__name__)
mc.close()

con.close()
other.close()
os.remove(path)
os.rmdir(d)
print("done")
