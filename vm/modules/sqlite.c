/* sqlite.c: _sqlite3, the C half of the sqlite3 module, on the system's
 * SQLite library (Debian: libsqlite3-dev). lib/sqlite3/dbapi2.py builds the
 * DB-API (Connection, Cursor, Row, adapters, converters, transactions) on
 * the two thin types here:
 *
 *   _sqlite3.DB    one sqlite3 * handle: open(), close, prepare, exec,
 *                  changes/total_changes/lastrowid/in_transaction, user
 *                  functions, aggregates, collations, the trace callback.
 *   _sqlite3.Stmt  one prepared statement: bind (sequence or mapping, with
 *                  an adapt hook for values that are not None/int/float/
 *                  str/bytes-like), step, row (columns with a text factory
 *                  and per-column converters), reset, finalize.
 *
 * The exception classes (sqlite3.Error and its subclasses) are made here so
 * that errors raised while stepping carry CPython 3.11's class, message,
 * sqlite_errorcode and sqlite_errorname. Exceptions raised by a Python
 * callback that SQLite calls are cleared (printed when
 * enable_callback_tracebacks(True)) and reported to SQLite, which makes the
 * statement fail with CPython's message ("user-defined function raised
 * exception"). */
#include <dlfcn.h>
#include <sqlite3.h>
#include <string.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../int.h"
#include "../list.h"
#include "../gc.h"

/* libsqlite3 is loaded when _sqlite3 is first imported (dlopen), not
 * linked: a linked library costs every coil start-up its relocations
 * (`coil -c pass`: 2.3M -> 3.8M instructions). Every function used goes
 * through a pointer of its own type, p_NAME. */
#define SQLITE_FUNCS(X) \
    X(sqlite3_aggregate_context) \
    X(sqlite3_bind_blob64) \
    X(sqlite3_bind_double) \
    X(sqlite3_bind_int64) \
    X(sqlite3_bind_null) \
    X(sqlite3_bind_parameter_count) \
    X(sqlite3_bind_parameter_name) \
    X(sqlite3_bind_text64) \
    X(sqlite3_busy_timeout) \
    X(sqlite3_changes64) \
    X(sqlite3_clear_bindings) \
    X(sqlite3_close_v2) \
    X(sqlite3_column_blob) \
    X(sqlite3_column_bytes) \
    X(sqlite3_column_count) \
    X(sqlite3_column_decltype) \
    X(sqlite3_column_double) \
    X(sqlite3_column_int64) \
    X(sqlite3_column_name) \
    X(sqlite3_column_text) \
    X(sqlite3_column_type) \
    X(sqlite3_complete) \
    X(sqlite3_create_collation_v2) \
    X(sqlite3_create_function_v2) \
    X(sqlite3_data_count) \
    X(sqlite3_db_handle) \
    X(sqlite3_errcode) \
    X(sqlite3_errmsg) \
    X(sqlite3_exec) \
    X(sqlite3_expanded_sql) \
    X(sqlite3_extended_errcode) \
    X(sqlite3_finalize) \
    X(sqlite3_free) \
    X(sqlite3_get_autocommit) \
    X(sqlite3_interrupt) \
    X(sqlite3_last_insert_rowid) \
    X(sqlite3_libversion) \
    X(sqlite3_limit) \
    X(sqlite3_open_v2) \
    X(sqlite3_prepare_v2) \
    X(sqlite3_reset) \
    X(sqlite3_result_blob64) \
    X(sqlite3_result_double) \
    X(sqlite3_result_error) \
    X(sqlite3_result_error_nomem) \
    X(sqlite3_result_error_toobig) \
    X(sqlite3_result_int64) \
    X(sqlite3_result_null) \
    X(sqlite3_result_text64) \
    X(sqlite3_step) \
    X(sqlite3_stmt_busy) \
    X(sqlite3_stmt_readonly) \
    X(sqlite3_threadsafe) \
    X(sqlite3_total_changes64) \
    X(sqlite3_trace_v2) \
    X(sqlite3_user_data) \
    X(sqlite3_value_blob) \
    X(sqlite3_value_bytes) \
    X(sqlite3_value_double) \
    X(sqlite3_value_int64) \
    X(sqlite3_value_text) \
    X(sqlite3_value_type)

#define DECLARE_FN(name) static __typeof__(&name) p_##name;
SQLITE_FUNCS(DECLARE_FN)
#undef DECLARE_FN

/* 0, or -1 with ImportError set. */
static int load_sqlite(void) {
    static void *lib;
    if (lib) return 0;
    void *h = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!h) h = dlopen("libsqlite3.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        err_format(&Exc_ImportError, "_sqlite3: cannot load libsqlite3 (%s)", dlerror());
        return -1;
    }
#define LOAD_FN(name) \
    if (!(p_##name = (__typeof__(&name))dlsym(h, #name))) { \
        err_format(&Exc_ImportError, "_sqlite3: libsqlite3 lacks %s", #name); \
        dlclose(h); \
        return -1; \
    }
    SQLITE_FUNCS(LOAD_FN)
#undef LOAD_FN
    lib = h;
    return 0;
}

/* ---- exceptions ------------------------------------------------------------------------------ */

enum { E_WARNING, E_ERROR, E_INTERFACE, E_DATABASE, E_DATA, E_OPERATIONAL, E_INTEGRITY, E_INTERNAL,
       E_PROGRAMMING, E_NOTSUPPORTED, E_COUNT };
static Value exc_classes[E_COUNT];  /* made by the first import (exc_made) */
static bool exc_made = false;
static bool callback_tracebacks = false;

#define C(x) {#x, x}
static const struct { const char *name; int code; } sq_consts[] = {
    /* result codes */
    C(SQLITE_OK), C(SQLITE_ERROR), C(SQLITE_INTERNAL), C(SQLITE_PERM), C(SQLITE_ABORT), C(SQLITE_BUSY),
    C(SQLITE_LOCKED), C(SQLITE_NOMEM), C(SQLITE_READONLY), C(SQLITE_INTERRUPT), C(SQLITE_IOERR),
    C(SQLITE_CORRUPT), C(SQLITE_NOTFOUND), C(SQLITE_FULL), C(SQLITE_CANTOPEN), C(SQLITE_PROTOCOL),
    C(SQLITE_EMPTY), C(SQLITE_SCHEMA), C(SQLITE_TOOBIG), C(SQLITE_CONSTRAINT), C(SQLITE_MISMATCH),
    C(SQLITE_MISUSE), C(SQLITE_NOLFS), C(SQLITE_AUTH), C(SQLITE_FORMAT), C(SQLITE_RANGE), C(SQLITE_NOTADB),
    C(SQLITE_NOTICE), C(SQLITE_WARNING), C(SQLITE_ROW), C(SQLITE_DONE),
    /* extended result codes */
    C(SQLITE_ABORT_ROLLBACK), C(SQLITE_BUSY_RECOVERY), C(SQLITE_BUSY_SNAPSHOT), C(SQLITE_BUSY_TIMEOUT),
    C(SQLITE_CANTOPEN_CONVPATH), C(SQLITE_CANTOPEN_DIRTYWAL), C(SQLITE_CANTOPEN_FULLPATH),
    C(SQLITE_CANTOPEN_ISDIR), C(SQLITE_CANTOPEN_NOTEMPDIR), C(SQLITE_CANTOPEN_SYMLINK),
    C(SQLITE_CONSTRAINT_CHECK), C(SQLITE_CONSTRAINT_COMMITHOOK), C(SQLITE_CONSTRAINT_FOREIGNKEY),
    C(SQLITE_CONSTRAINT_FUNCTION), C(SQLITE_CONSTRAINT_NOTNULL), C(SQLITE_CONSTRAINT_PINNED),
    C(SQLITE_CONSTRAINT_PRIMARYKEY), C(SQLITE_CONSTRAINT_ROWID), C(SQLITE_CONSTRAINT_TRIGGER),
    C(SQLITE_CONSTRAINT_UNIQUE), C(SQLITE_CONSTRAINT_VTAB), C(SQLITE_CORRUPT_INDEX),
    C(SQLITE_CORRUPT_SEQUENCE), C(SQLITE_CORRUPT_VTAB), C(SQLITE_ERROR_MISSING_COLLSEQ),
    C(SQLITE_ERROR_RETRY), C(SQLITE_ERROR_SNAPSHOT), C(SQLITE_IOERR_ACCESS), C(SQLITE_IOERR_AUTH),
    C(SQLITE_IOERR_BEGIN_ATOMIC), C(SQLITE_IOERR_BLOCKED), C(SQLITE_IOERR_CHECKRESERVEDLOCK),
    C(SQLITE_IOERR_CLOSE), C(SQLITE_IOERR_COMMIT_ATOMIC), C(SQLITE_IOERR_CONVPATH),
    C(SQLITE_IOERR_CORRUPTFS), C(SQLITE_IOERR_DATA), C(SQLITE_IOERR_DELETE), C(SQLITE_IOERR_DELETE_NOENT),
    C(SQLITE_IOERR_DIR_CLOSE), C(SQLITE_IOERR_DIR_FSYNC), C(SQLITE_IOERR_FSTAT), C(SQLITE_IOERR_FSYNC),
    C(SQLITE_IOERR_GETTEMPPATH), C(SQLITE_IOERR_LOCK), C(SQLITE_IOERR_MMAP), C(SQLITE_IOERR_NOMEM),
    C(SQLITE_IOERR_RDLOCK), C(SQLITE_IOERR_READ), C(SQLITE_IOERR_ROLLBACK_ATOMIC), C(SQLITE_IOERR_SEEK),
    C(SQLITE_IOERR_SHMLOCK), C(SQLITE_IOERR_SHMMAP), C(SQLITE_IOERR_SHMOPEN), C(SQLITE_IOERR_SHMSIZE),
    C(SQLITE_IOERR_SHORT_READ), C(SQLITE_IOERR_TRUNCATE), C(SQLITE_IOERR_UNLOCK), C(SQLITE_IOERR_VNODE),
    C(SQLITE_IOERR_WRITE), C(SQLITE_LOCKED_SHAREDCACHE), C(SQLITE_LOCKED_VTAB),
    C(SQLITE_NOTICE_RECOVER_ROLLBACK), C(SQLITE_NOTICE_RECOVER_WAL), C(SQLITE_OK_LOAD_PERMANENTLY),
    C(SQLITE_OK_SYMLINK), C(SQLITE_READONLY_CANTINIT), C(SQLITE_READONLY_CANTLOCK),
    C(SQLITE_READONLY_DBMOVED), C(SQLITE_READONLY_DIRECTORY), C(SQLITE_READONLY_RECOVERY),
    C(SQLITE_READONLY_ROLLBACK), C(SQLITE_WARNING_AUTOINDEX),
    /* authorizer */
    C(SQLITE_DENY), C(SQLITE_IGNORE), C(SQLITE_CREATE_INDEX), C(SQLITE_CREATE_TABLE),
    C(SQLITE_CREATE_TEMP_INDEX), C(SQLITE_CREATE_TEMP_TABLE), C(SQLITE_CREATE_TEMP_TRIGGER),
    C(SQLITE_CREATE_TEMP_VIEW), C(SQLITE_CREATE_TRIGGER), C(SQLITE_CREATE_VIEW), C(SQLITE_DELETE),
    C(SQLITE_DROP_INDEX), C(SQLITE_DROP_TABLE), C(SQLITE_DROP_TEMP_INDEX), C(SQLITE_DROP_TEMP_TABLE),
    C(SQLITE_DROP_TEMP_TRIGGER), C(SQLITE_DROP_TEMP_VIEW), C(SQLITE_DROP_TRIGGER), C(SQLITE_DROP_VIEW),
    C(SQLITE_INSERT), C(SQLITE_PRAGMA), C(SQLITE_READ), C(SQLITE_SELECT), C(SQLITE_TRANSACTION),
    C(SQLITE_UPDATE), C(SQLITE_ATTACH), C(SQLITE_DETACH), C(SQLITE_ALTER_TABLE), C(SQLITE_REINDEX),
    C(SQLITE_ANALYZE), C(SQLITE_CREATE_VTABLE), C(SQLITE_DROP_VTABLE), C(SQLITE_FUNCTION),
    C(SQLITE_SAVEPOINT), C(SQLITE_RECURSIVE),
    /* limits */
    C(SQLITE_LIMIT_LENGTH), C(SQLITE_LIMIT_SQL_LENGTH), C(SQLITE_LIMIT_COLUMN), C(SQLITE_LIMIT_EXPR_DEPTH),
    C(SQLITE_LIMIT_COMPOUND_SELECT), C(SQLITE_LIMIT_VDBE_OP), C(SQLITE_LIMIT_FUNCTION_ARG),
    C(SQLITE_LIMIT_ATTACHED), C(SQLITE_LIMIT_LIKE_PATTERN_LENGTH), C(SQLITE_LIMIT_VARIABLE_NUMBER),
    C(SQLITE_LIMIT_TRIGGER_DEPTH), C(SQLITE_LIMIT_WORKER_THREADS),
};
#undef C

/* The result codes end where the authorizer codes begin (their values overlap). */
static const char *errcode_name(int code) {
    for (size_t i = 0; strcmp(sq_consts[i].name, "SQLITE_DENY") != 0; i++)
        if (sq_consts[i].code == code) return sq_consts[i].name;
    return "SQLITE_UNKNOWN";
}

/* CPython's mapping of a primary result code to an exception class. */
static int exc_for_code(int code) {
    switch (code & 0xff) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND: return E_INTERNAL;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR: case SQLITE_FULL:
    case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY: case SQLITE_SCHEMA:
        return E_OPERATIONAL;
    case SQLITE_CORRUPT: return E_DATABASE;
    case SQLITE_TOOBIG: return E_DATA;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH: return E_INTEGRITY;
    case SQLITE_MISUSE: case SQLITE_RANGE: return E_INTERFACE;
    default: return E_DATABASE;
    }
}

static Value raise_msg(int which, const char *msg) {
    return err_format((TypeObject *)v_as_obj(exc_classes[which]), "%s", msg);
}

/* Raises the error db reports (CPython's _pysqlite_seterror). Always V_NULL. */
static Value raise_db(sqlite3 *db) {
    int code = p_sqlite3_errcode(db);
    if (code == SQLITE_NOMEM) return err_nomem();
    int ext = p_sqlite3_extended_errcode(db);
    Value msg = str_from_cstr(p_sqlite3_errmsg(db));
    if (v_is_null(msg)) return V_NULL;
    Value args = tuple_pack(1, msg);
    v_decref(msg);
    if (v_is_null(args)) return V_NULL;
    Value exc = exc_new((TypeObject *)v_as_obj(exc_classes[exc_for_code(code)]), args);
    v_decref(args);
    if (v_is_null(exc)) return V_NULL;
    Value name = str_from_cstr(errcode_name(ext));
    if (v_is_null(name) || obj_setattr(exc, str_intern_cstr("sqlite_errorcode"), v_from_smallint(ext)) < 0 ||
        obj_setattr(exc, str_intern_cstr("sqlite_errorname"), name) < 0) {
        v_decref(name);
        v_decref(exc);
        return V_NULL;
    }
    v_decref(name);
    return err_set_object(exc);
}

/* A callback failed: drop (or print) the Python exception. */
static void callback_error(void) {
    Value e = err_fetch();
    if (callback_tracebacks && !v_is_null(e)) exc_print(e);
    v_decref(e);
}

/* ---- values both ways -------------------------------------------------------------------------- */

static Value from_sqlite_value(sqlite3_value *v) {
    switch (p_sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return int_from_i64(p_sqlite3_value_int64(v));
    case SQLITE_FLOAT: return v_from_float(p_sqlite3_value_double(v));
    case SQLITE_TEXT: {
        const char *p = (const char *)p_sqlite3_value_text(v);
        return str_new_checked(p ? p : "", (size_t)p_sqlite3_value_bytes(v));
    }
    case SQLITE_BLOB: {
        const void *p = p_sqlite3_value_blob(v);
        return bytes_new(p ? p : "", (size_t)p_sqlite3_value_bytes(v));
    }
    default: return V_NONE;
    }
}

/* The result of a user function. 0, or -1 with an exception set, or -2
 * (OverflowError: SQLite's "string or blob too big", as CPython). */
static int set_result(sqlite3_context *ctx, Value r) {
    if (v_is_none(r)) {
        p_sqlite3_result_null(ctx);
        return 0;
    }
    if (v_is_bool(r)) {
        p_sqlite3_result_int64(ctx, r == V_TRUE);
        return 0;
    }
    if (v_is_float(r)) {
        p_sqlite3_result_double(ctx, v_as_float(r));
        return 0;
    }
    if (v_is_smallint(r)) {
        p_sqlite3_result_int64(ctx, v_as_smallint(r));
        return 0;
    }
    TypeObject *t = v_type(r);
    if (v_is_bigint(r) || (t->flags & TPFLAG_INT_SUBCLASS)) {
        int64_t i;
        if (obj_as_index_i64(r, &i) < 0) {
            if (err_matches(&Exc_OverflowError)) {
                err_clear();
                return -2;
            }
            return -1;
        }
        p_sqlite3_result_int64(ctx, i);
        return 0;
    }
    if (v_is_str(r)) {
        p_sqlite3_result_text64(ctx, str_data(r), (sqlite3_uint64)str_nbytes(r), SQLITE_TRANSIENT, SQLITE_UTF8);
        return 0;
    }
    const uint8_t *p;
    int64_t n;
    if (bytes_like_view(r, &p, &n)) {
        p_sqlite3_result_blob64(ctx, p, (sqlite3_uint64)n, SQLITE_TRANSIENT);
        return 0;
    }
    if (t->flags & (TPFLAG_FLOAT_SUBCLASS | TPFLAG_STR_SUBCLASS)) {
        /* a subclass of float or str: its base value */
        Value b = obj_call1(v_from_obj(t->flags & TPFLAG_STR_SUBCLASS ? &StrType : &FloatType), r);
        if (v_is_null(b)) return -1;
        int rc = set_result(ctx, b);
        v_decref(b);
        return rc;
    }
    err_format(&Exc_TypeError, "unsupported result type");
    return -1;
}

/* Calls f with the SQLite arguments. New reference or V_NULL. */
static Value call_with_values(Value f, const char *method, int argc, sqlite3_value **argv) {
    Value small[8];
    Value *args = argc <= 8 ? small : mem_alloc(sizeof(Value) * (size_t)argc);
    if (!args) return err_nomem();
    int n = 0;
    Value r = V_NULL;
    for (; n < argc; n++) {
        args[n] = from_sqlite_value(argv[n]);
        if (v_is_null(args[n])) goto done;
    }
    r = method ? obj_call_method(f, method, args, (size_t)argc) : obj_call(f, args, (size_t)argc, V_NULL);
done:
    for (int i = 0; i < n; i++) v_decref(args[i]);
    if (args != small) mem_free(args);
    return r;
}

static void func_cb(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    Value f = (Value)(uintptr_t)p_sqlite3_user_data(ctx);
    Value r = call_with_values(f, NULL, argc, argv);
    int rc = -1;
    if (!v_is_null(r)) {
        rc = set_result(ctx, r);
        v_decref(r);
    }
    if (rc == -2) {
        p_sqlite3_result_error_toobig(ctx);
    } else if (rc < 0) {
        callback_error();
        p_sqlite3_result_error(ctx, "user-defined function raised exception", -1);
    }
}

/* An aggregate's per-group state (SQLite zeroes it): the instance. */
typedef struct { Object *inst; } AggState;

static void agg_step_cb(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    AggState *s = p_sqlite3_aggregate_context(ctx, sizeof(AggState));
    if (!s) {
        p_sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!s->inst) {
        Value cls = (Value)(uintptr_t)p_sqlite3_user_data(ctx);
        Value inst = obj_call0(cls);
        if (v_is_null(inst)) {
            callback_error();
            p_sqlite3_result_error(ctx, "user-defined aggregate's '__init__' method raised error", -1);
            return;
        }
        s->inst = v_as_obj(inst);
    }
    Value r = call_with_values(v_from_obj(s->inst), "step", argc, argv);
    if (v_is_null(r)) {
        callback_error();
        p_sqlite3_result_error(ctx, "user-defined aggregate's 'step' method raised error", -1);
        return;
    }
    v_decref(r);
}

static void agg_final_cb(sqlite3_context *ctx) {
    AggState *s = p_sqlite3_aggregate_context(ctx, 0);
    if (!s || !s->inst) return;  /* no rows: NULL */
    Value inst = v_from_obj(s->inst);
    s->inst = NULL;
    Value r = obj_call_method(inst, "finalize", NULL, 0);
    int rc = -1;
    if (!v_is_null(r)) {
        rc = set_result(ctx, r);
        v_decref(r);
    }
    v_decref(inst);
    if (rc == -2) {
        p_sqlite3_result_error_toobig(ctx);
    } else if (rc < 0) {
        callback_error();
        p_sqlite3_result_error(ctx, "user-defined aggregate's 'finalize' method raised error", -1);
    }
}

static int collation_cb(void *ud, int n1, const void *p1, int n2, const void *p2) {
    Value f = (Value)(uintptr_t)ud;
    Value a = str_new_checked(p1, (size_t)n1);
    Value b = v_is_null(a) ? V_NULL : str_new_checked(p2, (size_t)n2);
    int result = 0;
    if (!v_is_null(b)) {
        Value args[2] = {a, b};
        Value r = obj_call(f, args, 2, V_NULL);
        if (!v_is_null(r)) {
            if (v_is_int(r) || v_is_bool(r) || (v_type(r)->flags & TPFLAG_INT_SUBCLASS)) {
                Value zero = v_from_smallint(0);
                int gt = obj_compare_bool(r, zero, CMP_GT);
                int lt = gt < 0 ? -1 : obj_compare_bool(r, zero, CMP_LT);
                if (lt >= 0) result = gt ? 1 : lt ? -1 : 0;
            }
            v_decref(r);
        }
    }
    v_decref(a);
    v_decref(b);
    if (err_occurred()) callback_error();
    return result;
}

/* ---- DB ------------------------------------------------------------------------------------------ */

typedef struct {
    Object ob;
    sqlite3 *db;      /* NULL once closed */
    Value keep;       /* list: every callable handed to SQLite (kept alive, traversed) */
    Value trace;      /* the trace callback or V_NULL */
} DbObject;

static TypeObject DbType, StmtType;

typedef struct {
    Object ob;
    sqlite3_stmt *st;   /* NULL once finalized */
    Value db;           /* the DB (keeps the handle open while the statement lives) */
} StmtObject;

static void db_dealloc(Object *o) {
    DbObject *d = (DbObject *)o;
    if (d->db) p_sqlite3_close_v2(d->db);
    d->db = NULL;
    v_decref(d->keep);
    if (!v_is_null(d->trace)) v_decref(d->trace);
    obj_free(o);
}

static void db_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    DbObject *d = (DbObject *)o;
    if (!v_is_null(d->keep)) visit(d->keep, arg);
    if (!v_is_null(d->trace)) visit(d->trace, arg);
}

static DbObject *db_of(Value self) {
    DbObject *d = (DbObject *)v_as_obj(self);
    if (!d->db) {
        raise_msg(E_PROGRAMMING, "Cannot operate on a closed database.");
        return NULL;
    }
    return d;
}

static int keep_alive(DbObject *d, Value v) { return list_append(d->keep, v); }

/* open(path, flags, timeout_ms) -> DB */
static Value sq_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("open", nargs, kwnames, 3, 3) < 0) return V_NULL;
    if (!v_is_str(args[0])) return err_format(&Exc_TypeError, "database path must be str");
    int64_t flags, timeout;
    if (obj_as_index_i64(args[1], &flags) < 0 || obj_as_index_i64(args[2], &timeout) < 0) return V_NULL;
    if (strlen(str_data(args[0])) != (size_t)str_nbytes(args[0]))
        return err_format(&Exc_ValueError, "embedded null character");
    DbObject *d = (DbObject *)obj_alloc(&DbType, sizeof(DbObject));
    if (!d) return V_NULL;
    d->db = NULL;
    d->keep = V_NULL;
    d->trace = V_NULL;
    d->keep = list_new(0);
    if (v_is_null(d->keep)) {
        obj_decref(&d->ob);
        return V_NULL;
    }
    sqlite3 *db = NULL;
    int rc = p_sqlite3_open_v2(str_data(args[0]), &db, (int)flags, NULL);
    if (rc != SQLITE_OK) {
        if (db) {
            raise_db(db);
            p_sqlite3_close_v2(db);
        } else {
            err_nomem();
        }
        obj_decref(&d->ob);
        return V_NULL;
    }
    d->db = db;
    p_sqlite3_busy_timeout(db, (int)timeout);
    return v_from_obj(&d->ob);
}

static Value db_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("close", nargs, kwnames, 0, 0) < 0) return V_NULL;
    DbObject *d = (DbObject *)v_as_obj(self);
    if (d->db) {
        int rc = p_sqlite3_close_v2(d->db);
        if (rc != SQLITE_OK) return raise_db(d->db);
        d->db = NULL;
    }
    return V_NONE;
}

#define DB_INT_GETTER(fname, expr)                                                        \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) {      \
        (void)args;                                                                       \
        (void)nargs;                                                                      \
        (void)kwnames;                                                                    \
        DbObject *d = db_of(self);                                                        \
        if (!d) return V_NULL;                                                            \
        return expr;                                                                      \
    }
DB_INT_GETTER(db_changes, int_from_i64(p_sqlite3_changes64(d->db)))
DB_INT_GETTER(db_total_changes, int_from_i64(p_sqlite3_total_changes64(d->db)))
DB_INT_GETTER(db_lastrowid, int_from_i64(p_sqlite3_last_insert_rowid(d->db)))
DB_INT_GETTER(db_in_transaction, v_from_bool(!p_sqlite3_get_autocommit(d->db)))

static Value db_interrupt(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    DbObject *d = db_of(self);
    if (!d) return V_NULL;
    p_sqlite3_interrupt(d->db);
    return V_NONE;
}

static Value db_closed(Value self) { return v_from_bool(((DbObject *)v_as_obj(self))->db == NULL); }

/* Skips whitespace and SQL comments; the first other character. */
static const char *skip_blank(const char *p) {
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n') p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *e = strstr(p + 2, "*/");
            if (!e) return p + strlen(p);
            p = e + 2;
        } else {
            return p;
        }
    }
}

/* prepare(sql) -> Stmt or None (no statement in sql). ProgrammingError for
 * a second statement after the first, as CPython 3.11. */
static Value db_prepare(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("prepare", nargs, kwnames, 1, 1) < 0) return V_NULL;
    DbObject *d = db_of(self);
    if (!d) return V_NULL;
    Value sql = args[0];
    if (!v_is_str(sql)) return err_format(&Exc_TypeError, "SQL must be str");
    if (strlen(str_data(sql)) != (size_t)str_nbytes(sql))
        return raise_msg(E_PROGRAMMING, "the query contains a null character");
    int max_len = p_sqlite3_limit(d->db, SQLITE_LIMIT_SQL_LENGTH, -1);
    if (str_nbytes(sql) > max_len) return raise_msg(E_DATA, "query string is too large");
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    int rc = p_sqlite3_prepare_v2(d->db, str_data(sql), (int)str_nbytes(sql) + 1, &st, &tail);
    if (rc != SQLITE_OK) return raise_db(d->db);
    if (tail && *skip_blank(tail)) {
        p_sqlite3_finalize(st);
        return raise_msg(E_PROGRAMMING, "You can only execute one statement at a time.");
    }
    if (!st) return V_NONE;
    StmtObject *s = (StmtObject *)obj_alloc(&StmtType, sizeof(StmtObject));
    if (!s) {
        p_sqlite3_finalize(st);
        return V_NULL;
    }
    s->st = st;
    s->db = v_newref(self);
    return v_from_obj(&s->ob);
}

/* exec(sql): every statement of sql, no rows returned (BEGIN, COMMIT,
 * ROLLBACK, executescript). */
static Value db_exec(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("exec", nargs, kwnames, 1, 1) < 0) return V_NULL;
    DbObject *d = db_of(self);
    if (!d) return V_NULL;
    if (!v_is_str(args[0])) return err_format(&Exc_TypeError, "SQL must be str");
    if (strlen(str_data(args[0])) != (size_t)str_nbytes(args[0]))
        return err_format(&Exc_ValueError, "embedded null character");
    int rc = p_sqlite3_exec(d->db, str_data(args[0]), NULL, NULL, NULL);
    if (err_occurred()) return V_NULL;
    if (rc != SQLITE_OK) return raise_db(d->db);
    return V_NONE;
}

static int name_arg(Value v, const char **out) {
    if (!v_is_str(v)) {
        err_format(&Exc_TypeError, "name must be str, not %s", v_type_name(v));
        return -1;
    }
    *out = str_data(v);
    return 0;
}

/* create_function(name, narg, func, deterministic) */
static Value db_create_function(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("create_function", nargs, kwnames, 4, 4) < 0) return V_NULL;
    DbObject *d = db_of(self);
    if (!d) return V_NULL;
    const char *name;
    int64_t narg;
    if (name_arg(args[0], &name) < 0 || obj_as_index_i64(args[1], &narg) < 0) return V_NULL;
    int flags = SQLITE_UTF8;
    if (obj_truthy(args[3]) > 0) flags |= SQLITE_DETERMINISTIC;
    /* any object, as CPython 3.11 (None included: calling it fails) */
    if (keep_alive(d, args[2]) < 0) return V_NULL;
    int rc = p_sqlite3_create_function_v2(d->db, name, (int)narg, flags, (void *)(uintptr_t)args[2], func_cb,
                                        NULL, NULL, NULL);
    if (rc != SQLITE_OK) return raise_msg(E_OPERATIONAL, "Error creating function");
    return V_NONE;
}

/* create_aggregate(name, narg, cls) */
static Value db_create_aggregate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("create_aggregate", nargs, kwnames, 3, 3) < 0) return V_NULL;
    DbObject *d = db_of(self);
    if (!d) return V_NULL;
    const char *name;
    int64_t narg;
    if (name_arg(args[0], &name) < 0 || obj_as_index_i64(args[1], &narg) < 0) return V_NULL;
    if (keep_alive(d, args[2]) < 0) return V_NULL;
    int rc = p_sqlite3_create_function_v2(d->db, name, (int)narg, SQLITE_UTF8, (void *)(uintptr_t)args[2], NULL,
                                        agg_step_cb, agg_final_cb, NULL);
    if (rc != SQLITE_OK) return raise_msg(E_OPERATIONAL, "Error creating aggregate");
    return V_NONE;
}

/* create_collation(name, func or None) */
static Value db_create_collation(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("create_collation", nargs, kwnames, 2, 2) < 0) return V_NULL;
    DbObject *d = db_of(self);
    if (!d) return V_NULL;
    const char *name;
    if (name_arg(args[0], &name) < 0) return V_NULL;
    int rc;
    if (v_is_none(args[1])) {
        rc = p_sqlite3_create_collation_v2(d->db, name, SQLITE_UTF8, NULL, NULL, NULL);
    } else {
        if (keep_alive(d, args[1]) < 0) return V_NULL;
        rc = p_sqlite3_create_collation_v2(d->db, name, SQLITE_UTF8, (void *)(uintptr_t)args[1], collation_cb,
                                         NULL);
    }
    if (rc != SQLITE_OK) return raise_db(d->db);
    return V_NONE;
}

static int trace_cb(unsigned type, void *ud, void *p, void *x) {
    if (type != SQLITE_TRACE_STMT) return 0;
    DbObject *d = ud;
    if (v_is_null(d->trace)) return 0;
    char *exp = p_sqlite3_expanded_sql((sqlite3_stmt *)p);
    const char *text = exp ? exp : (const char *)x;
    if (!exp && !text) return 0;
    /* a trigger's statements come as "-- comment": CPython passes x then */
    if (x && ((const char *)x)[0] == '-' && ((const char *)x)[1] == '-') text = x;
    Value s = str_new_checked(text, strlen(text));
    p_sqlite3_free(exp);
    if (v_is_null(s)) {
        callback_error();
        return 0;
    }
    Value f = v_newref(d->trace);
    Value r = obj_call1(f, s);
    v_decref(f);
    v_decref(s);
    if (v_is_null(r)) callback_error();
    else v_decref(r);
    return 0;
}

/* set_trace(func or None) */
static Value db_set_trace(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("set_trace", nargs, kwnames, 1, 1) < 0) return V_NULL;
    DbObject *d = db_of(self);
    if (!d) return V_NULL;
    Value old = d->trace;
    if (v_is_none(args[0])) {
        d->trace = V_NULL;
        p_sqlite3_trace_v2(d->db, 0, NULL, NULL);
    } else {
        d->trace = v_newref(args[0]);
        p_sqlite3_trace_v2(d->db, SQLITE_TRACE_STMT, trace_cb, d);
    }
    if (!v_is_null(old)) v_decref(old);
    return V_NONE;
}

static const MethodDef db_methods[] = {
    {"close", db_close, 0, NULL},
    {"changes", db_changes, 0, NULL},
    {"total_changes", db_total_changes, 0, NULL},
    {"lastrowid", db_lastrowid, 0, NULL},
    {"in_transaction", db_in_transaction, 0, NULL},
    {"interrupt", db_interrupt, 0, NULL},
    {"prepare", db_prepare, 0, NULL},
    {"exec", db_exec, 0, NULL},
    {"create_function", db_create_function, 0, NULL},
    {"create_aggregate", db_create_aggregate, 0, NULL},
    {"create_collation", db_create_collation, 0, NULL},
    {"set_trace", db_set_trace, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef db_getset[] = {
    {"closed", db_closed, NULL},
    {NULL, NULL, NULL},
};

static TypeObject DbType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_sqlite3.DB",
    .basicsize = sizeof(DbObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = db_dealloc,
    .traverse = db_traverse,
    .methods = db_methods,
    .getset = db_getset,
};

/* ---- Stmt ---------------------------------------------------------------------------------------- */


static void stmt_dealloc(Object *o) {
    StmtObject *s = (StmtObject *)o;
    if (s->st) p_sqlite3_finalize(s->st);
    v_decref(s->db);
    obj_free(o);
}

static void stmt_traverse(Object *o, void (*visit)(Value, void *), void *arg) {
    visit(((StmtObject *)o)->db, arg);
}

static StmtObject *stmt_of(Value self) {
    StmtObject *s = (StmtObject *)v_as_obj(self);
    if (!s->st) {
        raise_msg(E_PROGRAMMING, "Cannot operate on a finalized statement.");
        return NULL;
    }
    if (!((DbObject *)v_as_obj(s->db))->db) {
        raise_msg(E_PROGRAMMING, "Cannot operate on a closed database.");
        return NULL;
    }
    return s;
}

/* Binds one value at 1-based position i. 0, 1 (type not supported) or -1. */
static int bind_one(sqlite3_stmt *st, int i, Value v) {
    int rc;
    if (v_is_none(v)) {
        rc = p_sqlite3_bind_null(st, i);
    } else if (v_is_smallint(v)) {
        rc = p_sqlite3_bind_int64(st, i, v_as_smallint(v));
    } else if (v_is_float(v)) {
        rc = p_sqlite3_bind_double(st, i, v_as_float(v));
    } else if (v_is_bool(v)) {
        rc = p_sqlite3_bind_int64(st, i, v == V_TRUE);
    } else if (v_is_str(v)) {
        rc = p_sqlite3_bind_text64(st, i, str_data(v), (sqlite3_uint64)str_nbytes(v), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    } else if (v_is_bigint(v)) {
        int64_t x;
        if (int_as_i64(v, &x) < 0) {
            if (err_matches(&Exc_OverflowError)) {
                err_clear();
                err_format(&Exc_OverflowError, "Python int too large to convert to SQLite INTEGER");
            }
            return -1;
        }
        rc = p_sqlite3_bind_int64(st, i, x);
    } else {
        const uint8_t *p;
        int64_t n;
        if (!bytes_like_view(v, &p, &n)) return 1;
        if (n > INT32_MAX) {
            err_format(&Exc_OverflowError, "BLOB longer than INT_MAX bytes");
            return -1;
        }
        rc = p_sqlite3_bind_blob64(st, i, p, (sqlite3_uint64)n, SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_NOMEM) err_nomem();
        else raise_msg(E_INTERFACE, "Error binding parameter");
        return -1;
    }
    return 0;
}

static bool plain_value(Value v) {
    return v_is_none(v) || v_is_smallint(v) || v_is_float(v) || v_is_str(v) || v_is_bigint(v) || v_is_bytes(v) ||
           v_is_type(v, &ByteArrayType);
}

/* Adapts (through adapt, a callable or None) and binds v. 0 or -1. */
static int bind_param(sqlite3_stmt *st, int i, Value v, Value adapt, bool adapt_all) {
    Value a = V_NULL;
    if (!v_is_none(adapt) && (adapt_all || !plain_value(v))) {
        a = obj_call1(adapt, v);
        if (v_is_null(a)) return -1;
        v = a;
    }
    int rc = bind_one(st, i, v);
    if (!v_is_null(a)) v_decref(a);
    if (rc == 1) {
        err_format((TypeObject *)v_as_obj(exc_classes[E_PROGRAMMING]),
                   "Error binding parameter %d: type '%s' is not supported", i, v_type_name(v));
        return -1;
    }
    return rc;
}

/* Binds params, a list or tuple (is_mapping false) or a mapping. 0 or -1. */
static int bind_all(StmtObject *s, Value params, bool is_mapping, Value adapt, bool adapt_all) {
    int count = p_sqlite3_bind_parameter_count(s->st);
    if (!is_mapping) {
        int64_t n;
        Value *items;
        if (v_is_tuple(params)) {
            n = tuple_size(params);
            items = tuple_items(params);
        } else if (v_is_list(params)) {
            n = list_size(params);
            items = list_items(params);
        } else {
            err_format(&Exc_TypeError, "parameters must be a list or tuple");
            return -1;
        }
        if (n != count) {
            err_format((TypeObject *)v_as_obj(exc_classes[E_PROGRAMMING]),
                       "Incorrect number of bindings supplied. The current statement uses %d, and "
                       "there are %lld supplied.",
                       count, (long long)n);
            return -1;
        }
        for (int i = 0; i < count; i++) {
            Value v = v_newref(v_is_list(params) ? list_items(params)[i] : items[i]);
            int rc = bind_param(s->st, i + 1, v, adapt, adapt_all);
            v_decref(v);
            if (rc < 0) return -1;
        }
        return 0;
    }
    for (int i = 1; i <= count; i++) {
        const char *name = p_sqlite3_bind_parameter_name(s->st, i);
        if (!name) {
            err_format((TypeObject *)v_as_obj(exc_classes[E_PROGRAMMING]),
                       "Binding %d has no name, but you supplied a dictionary (which has only names).", i);
            return -1;
        }
        Value key = str_from_cstr(name + 1);
        if (v_is_null(key)) return -1;
        Value v = obj_getitem(params, key);
        v_decref(key);
        if (v_is_null(v)) {
            if (err_matches(&Exc_LookupError)) {
                err_clear();
                err_format((TypeObject *)v_as_obj(exc_classes[E_PROGRAMMING]),
                           "You did not supply a value for binding parameter %s.", name);
            }
            return -1;
        }
        int rc = bind_param(s->st, i, v, adapt, adapt_all);
        v_decref(v);
        if (rc < 0) return -1;
    }
    return 0;
}

/* bind(params, is_mapping, adapt, adapt_all) */
static Value stmt_bind(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("bind", nargs, kwnames, 4, 4) < 0) return V_NULL;
    StmtObject *s = stmt_of(self);
    if (!s) return V_NULL;
    return bind_all(s, args[0], args[1] == V_TRUE, args[2], args[3] == V_TRUE) < 0 ? V_NULL : V_NONE;
}


/* One sqlite3_step: 1 (a row is ready), 0 (done; the statement is reset)
 * or -1 (the error raised, the statement reset). */
static int step_once(StmtObject *s) {
    int rc = p_sqlite3_step(s->st);
    if (rc == SQLITE_ROW) return 1;
    if (rc == SQLITE_DONE) {
        p_sqlite3_reset(s->st);
        return 0;
    }
    if (!err_occurred()) raise_db(p_sqlite3_db_handle(s->st));
    p_sqlite3_reset(s->st);
    return -1;
}

/* step() -> True (a row is ready) or False (done, reset). */
static Value stmt_step(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    StmtObject *s = stmt_of(self);
    if (!s) return V_NULL;
    int r = step_once(s);
    return r < 0 ? V_NULL : v_from_bool(r);
}

/* execute(params, adapt, adapt_all) -> True (a row is ready) or False
 * (done, reset): reset, bind params (a list, tuple or dict; anything else
 * returns NotImplemented for the caller to convert) and step once. */
static Value stmt_execute(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("execute", nargs, kwnames, 3, 3) < 0) return V_NULL;
    StmtObject *s = stmt_of(self);
    if (!s) return V_NULL;
    Value params = args[0];
    bool mapping;
    if (v_is_tuple(params) || v_is_list(params)) mapping = false;
    else if (v_is_ptr(params) && (v_type(params)->flags & TPFLAG_DICT_SUBCLASS)) mapping = true;
    else return V_NOTIMPL;
    p_sqlite3_reset(s->st);
    p_sqlite3_clear_bindings(s->st);
    if (bind_all(s, params, mapping, args[1], args[2] == V_TRUE) < 0) return V_NULL;
    int r = step_once(s);
    return r < 0 ? V_NULL : v_from_bool(r);
}

/* Column i of the current row. tf: None (str), the type bytes, or a
 * callable taking bytes; conv: a converter (callable) or None. */
static Value column_value(sqlite3_stmt *st, int i, Value tf, Value conv) {
    int type = p_sqlite3_column_type(st, i);
    if (type == SQLITE_NULL) return V_NONE;
    if (!v_is_none(conv)) {
        const void *p = p_sqlite3_column_blob(st, i);
        Value b = bytes_new(p ? p : "", (size_t)p_sqlite3_column_bytes(st, i));
        if (v_is_null(b)) return V_NULL;
        Value r = obj_call1(conv, b);
        v_decref(b);
        return r;
    }
    switch (type) {
    case SQLITE_INTEGER: return int_from_i64(p_sqlite3_column_int64(st, i));
    case SQLITE_FLOAT: return v_from_float(p_sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        const char *p = (const char *)p_sqlite3_column_text(st, i);
        size_t n = (size_t)p_sqlite3_column_bytes(st, i);
        if (!p) p = "";
        if (v_is_none(tf)) {
            Value r = str_new_checked(p, n);
            if (v_is_null(r) && err_matches(&Exc_UnicodeDecodeError)) {
                err_clear();
                const char *cn = p_sqlite3_column_name(st, i);
                return err_format((TypeObject *)v_as_obj(exc_classes[E_OPERATIONAL]),
                                  "Could not decode to UTF-8 column '%s' with text '%.*s'", cn ? cn : "",
                                  (int)n, p);
            }
            return r;
        }
        Value b = bytes_new(p, n);
        if (v_is_null(b) || v_as_obj(tf) == (Object *)&BytesType) return b;
        Value r = obj_call1(tf, b);
        v_decref(b);
        return r;
    }
    default: {
        const void *p = p_sqlite3_column_blob(st, i);
        return bytes_new(p ? p : "", (size_t)p_sqlite3_column_bytes(st, i));
    }
    }
}

/* row(text_factory, converters) -> tuple; converters is None or a tuple
 * (one converter or None per column). */
static Value stmt_row(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("row", nargs, kwnames, 2, 2) < 0) return V_NULL;
    StmtObject *s = stmt_of(self);
    if (!s) return V_NULL;
    int n = p_sqlite3_data_count(s->st);
    Value convs = args[1];
    if (!v_is_none(convs) && (!v_is_tuple(convs) || tuple_size(convs) < n))
        return err_format(&Exc_TypeError, "converters must be a tuple");
    Value t = tuple_new(n);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < n; i++) tuple_items(t)[i] = V_NONE;
    for (int i = 0; i < n; i++) {
        Value v = column_value(s->st, i, args[0], v_is_none(convs) ? V_NONE : tuple_items(convs)[i]);
        if (v_is_null(v)) {
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = v;
    }
    return t;
}

/* next(text_factory, converters) -> the current row (as row()), then one
 * step: afterwards busy is False when that was the last row. */
static Value stmt_next(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value row = stmt_row(self, args, nargs, kwnames);
    if (v_is_null(row)) return V_NULL;
    if (step_once((StmtObject *)v_as_obj(self)) < 0) {
        v_decref(row);
        return V_NULL;
    }
    return row;
}

/* columns() -> tuple of (name, decltype or None) */
static Value stmt_columns(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (mod_positional("columns", nargs, kwnames, 0, 0) < 0) return V_NULL;
    StmtObject *s = stmt_of(self);
    if (!s) return V_NULL;
    int n = p_sqlite3_column_count(s->st);
    Value t = tuple_new(n);
    if (v_is_null(t)) return V_NULL;
    for (int i = 0; i < n; i++) tuple_items(t)[i] = V_NONE;
    for (int i = 0; i < n; i++) {
        const char *name = p_sqlite3_column_name(s->st, i);
        const char *decl = p_sqlite3_column_decltype(s->st, i);
        Value a = str_new_checked(name ? name : "", name ? strlen(name) : 0);
        Value b = v_is_null(a) ? V_NULL : decl ? str_new_checked(decl, strlen(decl)) : V_NONE;
        Value pair = v_is_null(b) ? V_NULL : tuple_pack(2, a, b);
        v_decref(a);
        v_decref(b);
        if (v_is_null(pair)) {
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = pair;
    }
    return t;
}

static Value stmt_reset(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    StmtObject *s = (StmtObject *)v_as_obj(self);
    if (s->st && ((DbObject *)v_as_obj(s->db))->db) {
        p_sqlite3_reset(s->st);
        p_sqlite3_clear_bindings(s->st);
    }
    return V_NONE;
}

static Value stmt_finalize(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    StmtObject *s = (StmtObject *)v_as_obj(self);
    if (s->st) p_sqlite3_finalize(s->st);
    s->st = NULL;
    return V_NONE;
}

static Value stmt_busy(Value self) {
    StmtObject *s = (StmtObject *)v_as_obj(self);
    return v_from_bool(s->st && p_sqlite3_stmt_busy(s->st));
}

static Value stmt_readonly(Value self) {
    StmtObject *s = (StmtObject *)v_as_obj(self);
    return v_from_bool(s->st && p_sqlite3_stmt_readonly(s->st));
}

static Value stmt_ncols(Value self) {
    StmtObject *s = (StmtObject *)v_as_obj(self);
    return v_from_smallint(s->st ? p_sqlite3_column_count(s->st) : 0);
}

static const MethodDef stmt_methods[] = {
    {"bind", stmt_bind, 0, NULL},
    {"step", stmt_step, 0, NULL},
    {"execute", stmt_execute, 0, NULL},
    {"next", stmt_next, 0, NULL},
    {"row", stmt_row, 0, NULL},
    {"columns", stmt_columns, 0, NULL},
    {"reset", stmt_reset, 0, NULL},
    {"finalize", stmt_finalize, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef stmt_getset[] = {
    {"busy", stmt_busy, NULL},
    {"readonly", stmt_readonly, NULL},
    {"column_count", stmt_ncols, NULL},
    {NULL, NULL, NULL},
};

static TypeObject StmtType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_sqlite3.Stmt",
    .basicsize = sizeof(StmtObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = stmt_dealloc,
    .traverse = stmt_traverse,
    .methods = stmt_methods,
    .getset = stmt_getset,
};

/* ---- the module ------------------------------------------------------------------------------------ */

static Value sq_complete(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"statement"};
    Value a[1];
    if (args_parse("complete_statement", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    if (!v_is_str(a[0]))
        return err_format(&Exc_TypeError, "complete_statement() argument 'statement' must be str, not %s",
                          v_type_name(a[0]));
    return v_from_bool(p_sqlite3_complete(str_data(a[0])));
}

static Value sq_enable_tb(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("enable_callback_tracebacks", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int t = obj_truthy(args[0]);
    if (t < 0) return V_NULL;
    callback_tracebacks = t;
    return V_NONE;
}

static const MethodDef sqlite_functions[] = {
    {"open", sq_open, 0, NULL},
    {"complete_statement", sq_complete, 0, "Checks if a string contains a complete SQL statement."},
    {"enable_callback_tracebacks", sq_enable_tb, 0, "Enable or disable callback functions throwing errors to stderr."},
    {NULL, NULL, 0, NULL},
};

Value module_init_sqlite3(void) {
    if (load_sqlite() < 0) return V_NULL;
    Value m = mod_create("_sqlite3", sqlite_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    static const struct { const char *name; int base; } excs[E_COUNT] = {
        {"Warning", -1}, {"Error", -1}, {"InterfaceError", E_ERROR}, {"DatabaseError", E_ERROR},
        {"DataError", E_DATABASE}, {"OperationalError", E_DATABASE}, {"IntegrityError", E_DATABASE},
        {"InternalError", E_DATABASE}, {"ProgrammingError", E_DATABASE}, {"NotSupportedError", E_DATABASE},
    };
    for (int i = 0; i < E_COUNT; i++) {
        if (!exc_made) {
            Value base = excs[i].base < 0 ? v_from_obj(&Exc_Exception) : exc_classes[excs[i].base];
            Value e = mod_new_exception("sqlite3", excs[i].name, base);
            if (v_is_null(e)) goto fail;
            exc_classes[i] = e;
        }
        if (dict_set_cstr(d, excs[i].name, exc_classes[i]) < 0) goto fail;
    }
    exc_made = true;
    if (mod_add_type(m, "DB", &DbType) < 0 || mod_add_type(m, "Stmt", &StmtType) < 0) goto fail;
    for (size_t i = 0; i < sizeof sq_consts / sizeof sq_consts[0]; i++)
        if (dict_set_cstr(d, sq_consts[i].name, v_from_smallint(sq_consts[i].code)) < 0) goto fail;
    static const struct { const char *name; int value; } flags[] = {
        {"OPEN_READONLY", SQLITE_OPEN_READONLY}, {"OPEN_READWRITE", SQLITE_OPEN_READWRITE},
        {"OPEN_CREATE", SQLITE_OPEN_CREATE}, {"OPEN_URI", SQLITE_OPEN_URI},
    };
    /* DB-API threadsafety from SQLite's threading mode (as CPython 3.11) */
    int ts = p_sqlite3_threadsafe();
    if (dict_set_cstr(d, "threadsafety", v_from_smallint(ts == 0 ? 0 : ts == 2 ? 1 : 3)) < 0) goto fail;
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (dict_set_cstr(d, flags[i].name, v_from_smallint(flags[i].value)) < 0) goto fail;
    Value v = str_from_cstr(p_sqlite3_libversion());
    if (v_is_null(v)) goto fail;
    int r = dict_set_cstr(d, "sqlite_version", v);
    v_decref(v);
    if (r < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}
