# sqlite3: schema, inserts, queries, joins, aggregates, cursors, rows.
import sqlite3

print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.version, sqlite3.version_info)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.threadsafety in (0, 1, 3))
print(isinstance(sqlite3.sqlite_version, str), len(sqlite3.sqlite_version_info),
      sqlite3.sqlite_version_info >= (3, 7, 0))
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_CONSTRAINT_UNIQUE)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print([c.__name__ for c in sqlite3.OperationalError.__mro__])
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.Warning, Exception),
      issubclass(sqlite3.InterfaceError, sqlite3.Error))
print(sqlite3.connect(":memory:").ProgrammingError is sqlite3.ProgrammingError)

con = sqlite3.connect(":memory:")
print(type(con).__name__, type(con.cursor()).__name__)
cur = con.cursor()
print(cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description)
cur.execute("""create table dept(id integer primary key, name text not null)""")
print(cur.description, cur.rowcount)
cur.execute("create table emp(id integer primary key autoincrement, name text, dept integer references dept(id), salary real, photo blob)")
cur.execute("insert into dept(name) values ('eng')")
print(cur.rowcount, cur.lastrowid)
cur.execute("insert into dept(name) values ('ops')")
print(cur.rowcount, cur.lastrowid)
people = [("ann", 1, 120.5, None), ("bob", 1, 99.0, b"\x00\x01"), ("cid", 2, 80.25, b""),
          ("dee", 2, 101.0, None), ("eve", None, 50.0, bytearray(b"xyz"))]
cur.executemany("insert into emp(name, dept, salary, photo) values (?, ?, ?, ?)", people)
print(cur.rowcount, cur.lastrowid)
cur.execute("select * from emp order by id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchall(), cur.fetchone(), cur.fetchall())
print(cur.rowcount)

# joins and aggregates
for row in con.execute("""select d.name, count(e.id), round(avg(e.salary), 2), max(e.salary)
                          from dept d left join emp e on e.dept = d.id
                          group by d.id order by d.name"""):
    print(row)
print(con.execute("select e.name from emp e left join dept d on e.dept = d.id where d.id is null").fetchall())
print(con.execute("select group_concat(name, ',') from emp where salary > ?", (90,)).fetchone())
print(con.execute("select count(*), sum(salary), min(name), total(salary) from emp").fetchone())
print(con.execute("select typeof(1), typeof(1.5), typeof('x'), typeof(x'00'), typeof(null)").fetchone())
print(con.execute("select 9223372036854775807, -9223372036854775808, 1e300, 'caf\u00e9'").fetchone())
print(con.execute("select id from emp where id > 100").fetchall())
print(con.execute("select id from emp where id > 100").fetchone())

# update / delete rowcounts
cur.execute("update emp set salary = salary * 2 where dept = ?", (1,))
print(cur.rowcount)
cur.execute("delete from emp where name = 'eve'")
print(cur.rowcount, con.total_changes)
cur.execute("select 1")
print(cur.rowcount)

# iteration protocol
it = con.execute("select name from emp order by name")
print(iter(it) is it, next(it), list(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# description with aliases
cur.execute("select name as who, salary * 2 as dbl, 1 from emp limit 1")
print(cur.description)

# rows: sqlite3.Row
con.row_factory = sqlite3.Row
r = con.execute("select id, name as Name, salary from emp where id = 2").fetchone()
print(type(r).__name__, r.keys(), len(r), tuple(r), list(r))
print(r[0], r[-1], r["name"], r["NAME"], r["Name"], r[1:], r[::-1])
for key in ("nope", 7, 1.5):
    try:
        r[key]
    except IndexError as e:
        print("IndexError", e)
r2 = con.execute("select id, name as Name, salary from emp where id = 2").fetchone()
print(r == r2, r != r2, r == (2, "bob", 198.0), hash(r) == hash(r2))
r3 = con.execute("select id, name as Name, salary from emp where id = 3").fetchone()
print(r == r3, sorted(dict(zip(r3.keys(), r3)).items()))

# a custom row factory, a cursor-level one
def dict_factory(cursor, row):
    return {d[0]: v for d, v in zip(cursor.description, row)}
con.row_factory = dict_factory
print(con.execute("select id, name from emp order by id limit 2").fetchall())
con.row_factory = None
c2 = con.cursor()
c2.row_factory = lambda cu, row: row[0]
print(c2.execute("select name from emp order by id").fetchall())
print(con.execute("select name from emp order by id limit 1").fetchall())

# text_factory
con.text_factory = bytes
print(con.execute("select name, 'caf\u00e9' from emp limit 1").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select name from emp order by id").fetchall())
con.text_factory = str
print(con.execute("select 'x'").fetchone())

# cursor close, connection close
c3 = con.cursor()
c3.execute("select 1")
c3.close()
try:
    c3.fetchall()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(con.execute("select count(*) from emp").fetchone())

# two cursors on the same statement text interleave
a = con.execute("select id from emp order by id")
b = con.execute("select id from emp order by id")
print(a.fetchone(), b.fetchone(), a.fetchone(), b.fetchall(), a.fetchall())

# iterdump
con.commit()
con2 = sqlite3.connect(":memory:")
con2.execute("create table t(a integer primary key, b text, c real, d blob)")
con2.execute("create index t_b on t(b)")
con2.execute("create view v as select a from t")
con2.executemany("insert into t(b, c, d) values (?, ?, ?)", [("it's", 1.5, b"\x01\xff"), (None, None, None)])
con2.commit()
for line in con2.iterdump():
    print(line)
con2.close()
con.close()
try:
    con.cursor()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
con.close()
print("done")
