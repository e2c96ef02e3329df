"""The DB-API 2.0 layer of sqlite3: Connection, Cursor, Row, adapters and
converters, implicit transactions as CPython 3.11 opens them (a BEGIN before
INSERT/UPDATE/DELETE/REPLACE unless isolation_level is None). The database
handle and prepared statements are _sqlite3.DB and _sqlite3.Stmt
(vm/modules/sqlite.c)."""

import collections.abc
import datetime
import time
import _sqlite3
from _sqlite3 import (Warning, Error, InterfaceError, DatabaseError, DataError,
                      OperationalError, IntegrityError, InternalError,
                      ProgrammingError, NotSupportedError, complete_statement,
                      enable_callback_tracebacks, sqlite_version)

for _name in dir(_sqlite3):
    if _name.startswith("SQLITE_"):
        globals()[_name] = getattr(_sqlite3, _name)
del _name

paramstyle = "qmark"
threadsafety = _sqlite3.threadsafety
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version_info = tuple(int(_p) for _p in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


Binary = memoryview


class PrepareProtocol:
    """The protocol adapters adapt to (sqlite3.adapters keys (type, PrepareProtocol))."""
    __module__ = "sqlite3"


adapters = {}
converters = {}
_base_types_adapted = False
_MISSING = object()


def register_adapter(type, adapter, /):
    """Registers adapter(obj) to turn objects of type into an SQLite type."""
    global _base_types_adapted
    if type is int or type is float or type is str or type is bytearray:
        _base_types_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    """Registers converter(bytes) for columns declared (or named) typename."""
    if not isinstance(typename, str):
        raise TypeError("register_converter() argument 1 must be str, not %s"
                        % type(typename).__name__)
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=_MISSING, /):
    """Adapts obj to proto: a registered adapter, proto.__adapt__, obj.__conform__."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    hook = getattr(proto, "__adapt__", None)
    if hook is not None:
        r = hook(obj)
        if r is not None:
            return r
    hook = getattr(obj, "__conform__", None)
    if hook is not None:
        r = hook(proto)
        if r is not None:
            return r
    if alt is not _MISSING:
        return alt
    raise ProgrammingError("can't adapt")


def _adapt_param(obj):
    # what the C binder calls for anything but None/int/float/str/bytes
    # (everything when an adapter was registered for a base type)
    r = adapt(obj, PrepareProtocol, obj)
    t = type(r)
    if t is bool or t is int or t is float or t is str or r is None:
        return r
    if isinstance(r, int):
        return int(r)
    if isinstance(r, float):
        return float(r)
    if isinstance(r, str):
        return str.__str__(r)
    return r


def _as_sequence(params):
    # parameters that are neither a list, a tuple nor a dict: any other
    # sequence (CPython's PySequence_Check) as a tuple
    if hasattr(type(params), "__getitem__"):
        return tuple([params[i] for i in range(len(params))])
    raise ProgrammingError("parameters are of unsupported type")


def _is_dml(sql):
    head = sql.lstrip(" \t\r\n")[:7].lower()
    return (head.startswith("insert") or head.startswith("update") or
            head.startswith("delete") or head.startswith("replace"))


def _converter_name(colname, decltype, detect):
    if detect & PARSE_COLNAMES and colname:
        i = colname.find("[")
        if i >= 0:
            j = colname.find("]", i + 1)
            if j >= 0:
                conv = converters.get(colname[i + 1:j].upper())
                if conv is not None:
                    return conv
    if detect & PARSE_DECLTYPES and decltype:
        name = decltype
        for k, ch in enumerate(decltype):
            if ch == " " or ch == "(":
                name = decltype[:k]
                break
        return converters.get(name.upper())
    return None


def _column_name(name, detect):
    if detect & PARSE_COLNAMES:
        i = name.find("[")
        if i >= 0:
            if i > 0 and name[i - 1] == " ":
                i -= 1
            return name[:i]
    return name


class Connection:
    """An SQLite database connection (sqlite3.connect())."""
    __module__ = "sqlite3"

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        import os
        if isinstance(database, bytes):
            database = os.fsdecode(database)
        elif not isinstance(database, str):
            database = os.fspath(database)
            if isinstance(database, bytes):
                database = os.fsdecode(database)
        flags = _sqlite3.OPEN_READWRITE | _sqlite3.OPEN_CREATE
        if uri:
            flags |= _sqlite3.OPEN_URI
        self._db = _sqlite3.open(database, flags, int(timeout * 1000))
        self._cache = {}
        self._cache_size = cached_statements
        self._begin = None
        self.detect_types = detect_types
        self.row_factory = None
        self.text_factory = str
        self.isolation_level = isolation_level
        self.check_same_thread = check_same_thread

    def _check(self):
        if self._db.closed:
            raise ProgrammingError("Cannot operate on a closed database.")

    # -- statements --------------------------------------------------------
    def _prepare(self, sql):
        """(Stmt or None, is_dml); cached by SQL text."""
        entry = self._cache.get(sql)
        if entry is not None:
            if not entry[0].busy:
                return entry
            return (self._db.prepare(sql), entry[1])
        st = self._db.prepare(sql)
        entry = (st, _is_dml(sql))
        if st is not None and self._cache_size > 0:
            cache = self._cache
            if len(cache) >= self._cache_size:
                del cache[next(iter(cache))]
            cache[sql] = entry
        return entry

    # -- transactions ------------------------------------------------------
    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is None:
            self._begin = None
            self._isolation_level = None
            if not self._db.closed and self._db.in_transaction():
                self._db.exec("COMMIT")
            return
        if not isinstance(value, str):
            raise TypeError("isolation_level must be str or None")
        level = value.upper()
        if level not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError("isolation_level string must be '', 'DEFERRED', "
                             "'IMMEDIATE', or 'EXCLUSIVE'")
        self._begin = "BEGIN " + level
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return self._db.in_transaction()

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes()

    def commit(self):
        self._check()
        if self._db.in_transaction():
            self._db.exec("COMMIT")

    def rollback(self):
        self._check()
        if self._db.in_transaction():
            self._db.exec("ROLLBACK")

    def close(self):
        for entry in self._cache.values():
            entry[0].finalize()
        self._cache.clear()
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    # -- cursors and shortcuts ---------------------------------------------
    def cursor(self, factory=None):
        self._check()
        cur = Cursor(self) if factory is None else factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cur).__name__)
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    # -- user functions ----------------------------------------------------
    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        if deterministic and sqlite_version_info < (3, 8, 3):
            raise NotSupportedError("deterministic=True requires SQLite 3.8.3 or higher")
        self._db.create_function(name, narg, func, deterministic)

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        self._db.create_aggregate(name, n_arg, aggregate_class)

    def create_collation(self, name, callable_, /):
        self._check()
        if callable_ is not None and not callable(callable_):
            raise TypeError("parameter must be callable")
        self._db.create_collation(name, callable_)

    def set_trace_callback(self, trace_callback):
        self._check()
        self._db.set_trace(trace_callback)

    def interrupt(self):
        self._check()
        self._db.interrupt()

    def iterdump(self):
        """Yields the SQL text that recreates the database (tables, rows, then
        indexes, triggers and views), between BEGIN TRANSACTION and COMMIT."""
        self._check()
        cu = self.cursor()
        yield "BEGIN TRANSACTION;"
        tables = cu.execute(
            "SELECT name, type, sql FROM sqlite_master "
            "WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
        for name, _kind, sql in tables:
            if name == "sqlite_sequence":
                yield 'DELETE FROM "sqlite_sequence";'
            elif name == "sqlite_stat1":
                yield 'ANALYZE "sqlite_master";'
            elif name.startswith("sqlite_"):
                continue
            else:
                yield sql + ";"
            quoted = name.replace('"', '""')
            cols = [str(info[1]) for info in
                    cu.execute('PRAGMA table_info("%s")' % quoted).fetchall()]
            values = ",".join("'||quote(\"%s\")||'" % c.replace('"', '""') for c in cols)
            query = "SELECT 'INSERT INTO \"%s\" VALUES(%s)' FROM \"%s\";" % (quoted, values, quoted)
            for row in cu.execute(query).fetchall():
                yield row[0] + ";"
        others = cu.execute(
            "SELECT name, type, sql FROM sqlite_master "
            "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall()
        for _name, _kind, sql in others:
            yield sql + ";"
        yield "COMMIT;"


class Cursor:
    """A cursor over one connection (Connection.cursor())."""
    __module__ = "sqlite3"

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError("argument 1 must be sqlite3.Connection, not %s"
                            % type(connection).__name__)
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self._description = None
        self.rowcount = -1
        self.lastrowid = None
        self._stmt = None       # the statement whose current row is the next to fetch
        self._conv = None       # per-column converters (detect_types) or None
        self._closed = False

    @property
    def connection(self):
        return self._connection

    @property
    def description(self):
        return self._description

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self._connection._check()

    def _drop_stmt(self):
        st = self._stmt
        if st is not None:
            self._stmt = None
            st.reset()

    def _step(self, st, params, adapt_all, db, is_dml):
        # reset, bind, step (a statement left with an error is reset)
        has_row = st.execute(params, _adapt_param, adapt_all)
        if has_row is NotImplemented:
            has_row = st.execute(_as_sequence(params), _adapt_param, adapt_all)
        if is_dml and not has_row:
            self.rowcount += db.changes()
        return has_row

    def _run(self, sql, param_sets, many):
        conn = self._connection
        self._drop_stmt()
        self._description = None
        self.rowcount = -1
        st, is_dml = conn._prepare(sql)
        if st is None:
            return
        if many and not is_dml:
            raise ProgrammingError("executemany() can only execute DML statements.")
        if is_dml:
            self.rowcount = 0
        db = conn._db
        if conn._begin is not None and is_dml and not db.in_transaction():
            db.exec(conn._begin)
        adapt_all = _base_types_adapted
        # execute() passes its one parameter set, executemany() an iterator:
        # two sites, so neither loop nor call sees the other's types
        if many:
            has_row = False
            for params in param_sets:
                has_row = self._step(st, params, adapt_all, db, is_dml)
        else:
            has_row = self._step(st, param_sets, adapt_all, db, is_dml)
            self.lastrowid = db.lastrowid()
        if st.column_count:
            detect = conn.detect_types
            cols = st.columns()
            if detect:
                conv = tuple(_converter_name(n, d, detect) for n, d in cols)
                self._conv = conv if any(c is not None for c in conv) else None
            else:
                self._conv = None
            self._description = tuple((_column_name(n, detect), None, None, None, None, None, None)
                                      for n, _d in cols)
        if has_row:
            self._stmt = st

    def execute(self, sql, parameters=(), /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        self._run(sql, parameters, False)
        return self

    def executemany(self, sql, seq_of_parameters, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not %s" % type(sql).__name__)
        self._run(sql, iter(seq_of_parameters), True)
        return self

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s"
                            % type(sql_script).__name__)
        self._drop_stmt()
        db = self._connection._db
        if db.in_transaction():
            db.exec("COMMIT")
        db.exec(sql_script)
        return self

    def fetchone(self):
        st = self._stmt
        if st is None or self._closed:
            self._check()
            return None
        tf = self._connection.text_factory
        try:
            row = st.next(None if tf is str else tf, self._conv)
        except BaseException:
            self._stmt = None
            st.reset()
            raise
        if not st.busy:
            self._stmt = None
        if self.row_factory is not None:
            return self.row_factory(self, row)
        return row

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
            size -= 1
        return rows

    def fetchall(self):
        self._check()
        rows = []
        st = self._stmt
        if st is None:
            return rows
        tf = self._connection.text_factory
        tf = None if tf is str else tf
        conv = self._conv
        rf = self.row_factory
        self._stmt = None
        try:
            if rf is None:
                while True:
                    rows.append(st.next(tf, conv))
                    if not st.busy:
                        return rows
            while True:
                rows.append(rf(self, st.next(tf, conv)))
                if not st.busy:
                    return rows
        except BaseException:
            st.reset()
            raise

    def close(self):
        self._drop_stmt()
        self._closed = True

    def __del__(self):
        # a cursor dropped before its last row leaves its statement to the
        # next execute() of the same SQL
        st = getattr(self, "_stmt", None)
        if st is not None:
            st.reset()

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


class Row:
    """A row whose columns can be read by index or by (case-insensitive) name."""
    __module__ = "sqlite3"
    __slots__ = ("_description", "_data")

    def __new__(cls, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type(cursor).__name__)
        if type(data) is not tuple:
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def keys(self):
        d = self._description
        return [] if d is None else [c[0] for c in d]

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            d = self._description
            if d is not None:
                folded = key.lower() if key.isascii() else None
                for i, c in enumerate(d):
                    name = c[0]
                    if name == key or (folded is not None and len(name) == len(key)
                                       and name.isascii() and name.lower() == folded):
                        return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not (self._description == other._description and self._data == other._data)

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128, uri=False):
    """Opens a connection to the SQLite database file database (":memory:"
    for a database in memory)."""
    return factory(database, timeout=timeout, detect_types=detect_types,
                   isolation_level=isolation_level, check_same_thread=check_same_thread,
                   cached_statements=cached_statements, uri=uri)


# -- the default adapters and converters (CPython 3.11's) --------------------
def _adapt_date(val):
    return val.isoformat()


def _adapt_datetime(val):
    return val.isoformat(" ")


def _convert_date(val):
    y, m, d = val.split(b"-")
    return datetime.date(int(y), int(m), int(d))


def _convert_timestamp(val):
    day, clock = val.split(b" ")
    y, mo, d = (int(p) for p in day.split(b"-"))
    parts = clock.split(b".")
    h, mi, s = (int(p) for p in parts[0].split(b":"))
    us = int(parts[1].decode()[:6].ljust(6, "0")) if len(parts) == 2 else 0
    return datetime.datetime(y, mo, d, h, mi, s, us)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)
