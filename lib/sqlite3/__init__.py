"""sqlite3: the DB-API 2.0 interface to SQLite databases (PEP 249).

coil's implementation: lib/sqlite3/dbapi2.py on the _sqlite3 C module
(vm/modules/sqlite.c), which binds the system's SQLite library.

    import sqlite3
    con = sqlite3.connect(":memory:")
    con.execute("create table t(x)")
    con.executemany("insert into t values (?)", [(1,), (2,)])
    print(con.execute("select sum(x) from t").fetchone())
"""

from sqlite3.dbapi2 import *
