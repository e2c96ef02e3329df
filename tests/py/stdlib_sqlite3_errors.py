# sqlite3: error classes and CPython 3.11's messages.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, name text unique not null, n integer check (n > 0))")
con.execute("insert into t values (1, 'a', 1)")

def attempt(sql, params=()):
    try:
        con.execute(sql, params).fetchall()
        print("ok")
    except sqlite3.Error as e:
        print(type(e).__name__, "|", e, "|", getattr(e, "sqlite_errorcode", None),
              getattr(e, "sqlite_errorname", None))
    except Exception as e:
        print(type(e).__name__, "|", e)

attempt("selec 1")
attempt("select * from nope")
attempt("select nope from t")
attempt("insert into t values (2, 'a', 1)")
attempt("insert into t values (1, 'b', 1)")
attempt("insert into t values (3, null, 1)")
attempt("insert into t values (4, 'd', 0)")
attempt("select 1; select 2")
attempt("select 1;   -- a comment\n")
attempt("select 1; /* c */ ")
attempt("")
attempt("   ")
attempt("-- only a comment")
attempt("create table t(x)")
attempt("select 'a\0b'")
attempt("select ?", (1, 2))
attempt("select * from t where id = ?", ((1,),))
attempt(b"select 1")
attempt("insert into t values (?, ?, ?)", (5, "e", 2**64))
print(con.execute("select count(*) from t").fetchone())

cur = con.cursor()
for args in ((), (1, 2, 3)):
    try:
        cur.execute(*args)
    except TypeError as e:
        print("TypeError")
try:
    cur.executescript(42)
except TypeError as e:
    print("TypeError", e)
try:
    con.executescript("create table u(a); insert into nope values (1);")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(con.execute("select name from sqlite_master where name = 'u'").fetchone())
try:
    sqlite3.connect(":memory:").execute("pragma nope").fetchall()
    print("pragma ok")
except sqlite3.Error as e:
    print(type(e).__name__, e)

# a user function raising inside a statement leaves the connection usable
con.create_function("fail", 1, lambda x: {}["k"])
try:
    con.execute("select fail(1)").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(con.execute("select 2").fetchone())

# errors while fetching: a function failing on the second row
con.create_function("chk", 1, lambda x: 10 // (x - 2))
cur = con.execute("select chk(value) from (select 1 as value union all select 2 union all select 3)")
try:
    print(cur.fetchone())
    print(cur.fetchone())
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(con.execute("select 3").fetchone())

# exceptions are catchable by their bases and carry the message as args
try:
    con.execute("select * from missing")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e.args)
try:
    con.execute("select * from missing")
except sqlite3.Error as e:
    print(isinstance(e, Exception), type(e).__module__)

# closed connection and cursor
cur = con.cursor()
con.close()
for what in ("execute", "commit", "rollback", "cursor", "total_changes", "in_transaction"):
    try:
        x = getattr(con, what)
        if callable(x):
            x("select 1") if what == "execute" else x()
        print(what, "ok")
    except sqlite3.ProgrammingError as e:
        print(what, "ProgrammingError", e)
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
con.close()
print("done")
