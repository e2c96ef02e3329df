/* exceptions.c: the builtin exception types, tracebacks, and the default
 * excepthook's output (CPython 3.11's C traceback printer, format for
 * format). */
#include <errno.h>
#include "frameobject.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "classobj.h"
#include "import.h"
#include "abstract.h"
#include "args.h"
#include "code.h"
#include "bytearray.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "exc_group.h"
#include "../frontend/parser.h"

/* Generic attribute access with an instance dict, from abstract.c. */
extern Value obj_generic_getattr_dict(Value o, Value name, Value dict);
extern int obj_generic_setattr_dict(Value o, Value name, Value v, Value *dictp);

/* The traceback printer parses the failing expression's source segment
 * with the frontend's parser to place its ~~^^ anchors, as CPython 3.11
 * does. */

/* ---- instance layouts beyond errors.h's ------------------------------------ */

typedef struct OSErrorObject {
    ExceptionObject base;
    Value myerrno, strerror, filename;
} OSErrorObject;

typedef struct ImportErrorObject {
    ExceptionObject base;
    Value msg, name, path;
} ImportErrorObject;

typedef struct SystemExitObject {
    ExceptionObject base;
    Value code;
} SystemExitObject;

/* UnicodeDecodeError/EncodeError/TranslateError. Invariant once built from
 * valid args: encoding str (None for Translate), object bytes (Decode) or
 * str, start/end ints, reason str. Attribute assignment may break it, so
 * the str slots check the types again. */
typedef struct UnicodeErrorObject {
    ExceptionObject base;
    Value encoding, object, start, end, reason;
} UnicodeErrorObject;

/* AttributeError carries name and obj; NameError only name (obj stays
 * None and is not exposed). Both default to None. */
typedef struct NameErrorObject {
    ExceptionObject base;
    Value name, obj;
} NameErrorObject;

/* Which layout an exception type's instances have: decided by the nearest
 * family root among its bases. */
typedef enum {
    FAM_BASE, FAM_STOPITER, FAM_SYSEXIT, FAM_SYNTAX, FAM_OSERROR, FAM_IMPORT,
    FAM_UNICODE, FAM_NAMEATTR
} ExcFamily;

static ExcFamily exc_family(const TypeObject *t) {
    for (; t; t = t->base) {
        if (t == &Exc_BaseException || t == &Exc_Exception) return FAM_BASE;
        if (t == &Exc_StopIteration) return FAM_STOPITER;
        if (t == &Exc_SyntaxError) return FAM_SYNTAX;
        if (t == &Exc_OSError) return FAM_OSERROR;
        if (t == &Exc_ImportError) return FAM_IMPORT;
        if (t == &Exc_SystemExit) return FAM_SYSEXIT;
        if (t == &Exc_UnicodeDecodeError || t == &Exc_UnicodeEncodeError ||
            t == &Exc_UnicodeTranslateError)
            return FAM_UNICODE;
        if (t == &Exc_AttributeError || t == &Exc_NameError) return FAM_NAMEATTR;
    }
    return FAM_BASE;
}

static inline ExceptionObject *as_exc(Value v) { return (ExceptionObject *)v_as_obj(v); }

bool v_is_exception(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_BASE_EXC_SUBCLASS);
}

bool v_is_exception_type(Value v) {
    return v_is_ptr(v) && (v_as_obj(v)->type->flags & TPFLAG_TYPE_SUBCLASS) &&
           (((TypeObject *)v_as_obj(v))->flags & TPFLAG_BASE_EXC_SUBCLASS);
}

/* ---- construction --------------------------------------------------------------- */

static void set_fields(Value *fields, int n, Value v) {
    for (int i = 0; i < n; i++) fields[i] = v;
}

/* Fills SyntaxError's fields from (msg, (filename, lineno, offset, text
 * [, end_lineno, end_offset])). */
static int syntax_error_init(SyntaxErrorObject *e, Value args) {
    int64_t n = tuple_size(args);
    if (n >= 1) v_setref(&e->msg, v_newref(tuple_items(args)[0]));
    if (n != 2) return 0;
    Value info = tuple_items(args)[1];
    Value t = v_is_tuple(info) ? v_newref(info) : tuple_from_iterable(info);
    if (v_is_null(t)) return -1;
    int64_t m = tuple_size(t);
    if (m < 4 || m > 6) {
        err_format(&Exc_TypeError, "function takes %s %d arguments (%lld given)",
                   m < 4 ? "at least" : "at most", m < 4 ? 4 : 6, (long long)m);
        v_decref(t);
        return -1;
    }
    Value *fields[6] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno,
                        &e->end_offset};
    for (int64_t i = 0; i < m; i++) v_setref(fields[i], v_newref(tuple_items(t)[i]));
    v_decref(t);
    return 0;
}

/* Parses (encoding, object, start, end, reason) -- Translate has no
 * encoding -- with CPython's argument checks. Decode's object may be any
 * bytes-like value; it is kept as bytes. */
static int unicode_error_init(TypeObject *type, UnicodeErrorObject *u, Value args) {
    bool translate = type_is_subtype(type, &Exc_UnicodeTranslateError);
    bool decode = type_is_subtype(type, &Exc_UnicodeDecodeError);
    int64_t want = translate ? 4 : 5, n = tuple_size(args);
    if (n != want) {
        err_format(&Exc_TypeError, "function takes exactly %lld arguments (%lld given)",
                   (long long)want, (long long)n);
        return -1;
    }
    Value *a = tuple_items(args);
    int k = 0;
    if (!translate) {
        if (!v_is_str(a[0])) {
            err_format(&Exc_TypeError, "argument 1 must be str, not %s", v_type_name(a[0]));
            return -1;
        }
        k = 1;
    }
    Value obj = a[k];
    if (decode) {
        const uint8_t *data;
        int64_t size;
        if (!bytes_like_view(obj, &data, &size)) {
            err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(obj));
            return -1;
        }
        obj = v_is_bytes(obj) ? v_newref(obj) : bytes_new(data, (size_t)size);
        if (v_is_null(obj)) return -1;
    } else {
        if (!v_is_str(obj)) {
            err_format(&Exc_TypeError, "argument %d must be str, not %s", k + 1, v_type_name(obj));
            return -1;
        }
        v_incref(obj);
    }
    int64_t start, end;
    if (obj_as_index_i64(a[k + 1], &start) < 0 || obj_as_index_i64(a[k + 2], &end) < 0) {
        v_decref(obj);
        return -1;
    }
    if (!v_is_str(a[k + 3])) {
        v_decref(obj);
        err_format(&Exc_TypeError, "argument %d must be str, not %s", k + 4, v_type_name(a[k + 3]));
        return -1;
    }
    Value s = int_from_i64(start), e = int_from_i64(end);
    if (v_is_null(s) || v_is_null(e)) {
        v_decref(obj);
        v_decref(s);
        return -1;
    }
    if (!translate) v_setref(&u->encoding, v_newref(a[0]));
    v_setref(&u->object, obj);
    v_setref(&u->start, s);
    v_setref(&u->end, e);
    v_setref(&u->reason, v_newref(a[k + 3]));
    return 0;
}

/* errno -> the OSError subclass CPython picks for OSError(errno, ...). */
static TypeObject *oserror_subtype(Value args) {
    if (tuple_size(args) < 2 || !v_is_smallint(tuple_items(args)[0])) return &Exc_OSError;
    switch (v_as_smallint(tuple_items(args)[0])) {
    case ENOENT: return &Exc_FileNotFoundError;
    case EEXIST: return &Exc_FileExistsError;
    case EACCES: case EPERM: return &Exc_PermissionError;
    case EISDIR: return &Exc_IsADirectoryError;
    case ENOTDIR: return &Exc_NotADirectoryError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &Exc_BlockingIOError;
    case ECHILD: return &Exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &Exc_BrokenPipeError;
    case ECONNABORTED: return &Exc_ConnectionAbortedError;
    case ECONNREFUSED: return &Exc_ConnectionRefusedError;
    case ECONNRESET: return &Exc_ConnectionResetError;
    case EINTR: return &Exc_InterruptedError;
    case ESRCH: return &Exc_ProcessLookupError;
    case ETIMEDOUT: return &Exc_TimeoutError;
    default: return &Exc_OSError;
    }
}

/* New exception of type with args (stolen). kw holds ImportError's name and
 * path (V_NULL when not given). */
static Value exc_make(TypeObject *type, Value args, Value kw_name, Value kw_path) {
    ExcFamily fam = exc_family(type);
    if (fam == FAM_OSERROR && type == &Exc_OSError) type = oserror_subtype(args);
    size_t size = type->basicsize ? type->basicsize : sizeof(ExceptionObject);
    ExceptionObject *e = (ExceptionObject *)obj_alloc(type, size);
    if (!e) {
        v_decref(args);
        return V_NULL;
    }
    e->args = args;
    e->traceback = V_NONE;
    e->context = V_NONE;
    e->cause = V_NONE;
    e->suppress_context = false;
    e->dict = V_NULL;
    Value self = v_from_obj(e);
    int64_t n = tuple_size(args);
    Value *items = tuple_items(args);
    switch (fam) {
    case FAM_BASE:
        break;
    case FAM_STOPITER:
        ((StopIterationObject *)e)->value = n >= 1 ? v_newref(items[0]) : V_NONE;
        break;
    case FAM_SYSEXIT:
        ((SystemExitObject *)e)->code = n == 0 ? V_NONE : n == 1 ? v_newref(items[0]) : v_newref(args);
        break;
    case FAM_SYNTAX: {
        SyntaxErrorObject *s = (SyntaxErrorObject *)e;
        set_fields(&s->msg, 7, V_NONE);
        if (syntax_error_init(s, args) < 0) {
            v_decref(self);
            return V_NULL;
        }
        break;
    }
    case FAM_OSERROR: {
        OSErrorObject *o = (OSErrorObject *)e;
        set_fields(&o->myerrno, 3, V_NONE);
        if (n >= 2 && n <= 5) {
            o->myerrno = v_newref(items[0]);
            o->strerror = v_newref(items[1]);
            if (n >= 3 && !v_is_none(items[2])) {
                o->filename = v_newref(items[2]);
                /* CPython keeps only (errno, strerror) in args then. */
                Value two = tuple_from_array(items, 2);
                if (v_is_null(two)) {
                    v_decref(self);
                    return V_NULL;
                }
                v_setref(&e->args, two);
            }
        }
        break;
    }
    case FAM_IMPORT: {
        ImportErrorObject *im = (ImportErrorObject *)e;
        im->msg = n == 1 ? v_newref(items[0]) : V_NONE;
        im->name = v_is_null(kw_name) ? V_NONE : v_newref(kw_name);
        im->path = v_is_null(kw_path) ? V_NONE : v_newref(kw_path);
        break;
    }
    case FAM_UNICODE: {
        UnicodeErrorObject *u = (UnicodeErrorObject *)e;
        set_fields(&u->encoding, 5, V_NONE);
        if (unicode_error_init(type, u, args) < 0) {
            v_decref(self);
            return V_NULL;
        }
        break;
    }
    case FAM_NAMEATTR: {
        /* kw_path carries AttributeError's obj= (exc_construct). */
        NameErrorObject *ne = (NameErrorObject *)e;
        ne->name = v_is_null(kw_name) ? V_NONE : v_newref(kw_name);
        ne->obj = v_is_null(kw_path) ? V_NONE : v_newref(kw_path);
        break;
    }
    }
    return self;
}

Value exc_new(TypeObject *type, Value args) {
    /* Builtin types are built directly from the tuple; classes (later) may
     * have their own constructor. */
    if ((type->flags & TPFLAG_HEAPTYPE) && type->construct)
        return type->construct(type, tuple_items(args), (size_t)tuple_size(args), V_NULL);
    return exc_make(type, v_newref(args), V_NULL, V_NULL);
}

static Value exc_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value kw_name = V_NULL, kw_path = V_NULL;
    if (!v_is_null(kwnames) && tuple_size(kwnames)) {
        ExcFamily fam = exc_family(type);
        if (fam != FAM_IMPORT && fam != FAM_NAMEATTR)
            return err_format(&Exc_TypeError, "%s() takes no keyword arguments", type->name);
        /* The second keyword: ImportError's path=, AttributeError's obj=
         * (NameError accepts only name=). */
        const char *second = fam == FAM_IMPORT ? "path"
                            : type_is_subtype(type, &Exc_AttributeError) ? "obj" : NULL;
        int64_t nk = tuple_size(kwnames);
        for (int64_t i = 0; i < nk; i++) {
            Value k = tuple_items(kwnames)[i];
            if (str_eq_cstr(k, "name")) kw_name = args[nargs + i];
            else if (second && str_eq_cstr(k, second)) kw_path = args[nargs + i];
            else
                return err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                                  str_data(k), type->name);
        }
    }
    Value t = tuple_from_array(args, (int64_t)nargs);
    if (v_is_null(t)) return V_NULL;
    return exc_make(type, t, kw_name, kw_path);
}

static void exc_dealloc(Object *o) {
    ExceptionObject *e = (ExceptionObject *)o;
    switch (exc_family(o->type)) {
    case FAM_BASE: break;
    case FAM_STOPITER: v_decref(((StopIterationObject *)e)->value); break;
    case FAM_SYSEXIT: v_decref(((SystemExitObject *)e)->code); break;
    case FAM_SYNTAX: {
        Value *f = &((SyntaxErrorObject *)e)->msg;
        for (int i = 0; i < 7; i++) v_decref(f[i]);
        break;
    }
    case FAM_OSERROR: {
        Value *f = &((OSErrorObject *)e)->myerrno;
        for (int i = 0; i < 3; i++) v_decref(f[i]);
        break;
    }
    case FAM_IMPORT: {
        Value *f = &((ImportErrorObject *)e)->msg;
        for (int i = 0; i < 3; i++) v_decref(f[i]);
        break;
    }
    case FAM_UNICODE: {
        Value *f = &((UnicodeErrorObject *)e)->encoding;
        for (int i = 0; i < 5; i++) v_decref(f[i]);
        break;
    }
    case FAM_NAMEATTR:
        v_decref(((NameErrorObject *)e)->name);
        v_decref(((NameErrorObject *)e)->obj);
        break;
    }
    v_decref(e->args);
    v_decref(e->traceback);
    v_decref(e->context);
    v_decref(e->cause);
    v_decref(e->dict);
    obj_free(o);
}

static void exc_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    ExceptionObject *e = (ExceptionObject *)o;
    visit(e->args, arg);
    visit(e->traceback, arg);
    visit(e->context, arg);
    visit(e->cause, arg);
    if (!v_is_null(e->dict)) visit(e->dict, arg);
}

/* The collector's clear: every field keeps a valid value (args a tuple). */
static void exc_clear(Object *o) {
    ExceptionObject *e = (ExceptionObject *)o;
    v_setref(&e->args, tuple_empty());
    v_setref(&e->traceback, V_NONE);
    v_setref(&e->context, V_NONE);
    v_setref(&e->cause, V_NONE);
    v_clear(&e->dict);
}

/* ---- repr / str ---------------------------------------------------------------- */

static Value exc_repr(Value self) {
    ExceptionObject *e = as_exc(self);
    const char *name = v_type_name(self);
    Value r;
    if (tuple_size(e->args) == 1) {
        r = obj_repr(tuple_items(e->args)[0]);
        if (v_is_null(r)) return V_NULL;
        Value s = str_printf("%s(%s)", name, str_data(r));
        v_decref(r);
        return s;
    }
    r = obj_repr(e->args);
    if (v_is_null(r)) return V_NULL;
    Value s = str_printf("%s%s", name, str_data(r));
    v_decref(r);
    return s;
}

static Value exc_str_slot(Value self) {
    ExceptionObject *e = as_exc(self);
    switch (tuple_size(e->args)) {
    case 0: return str_new("", 0);
    case 1: return obj_str(tuple_items(e->args)[0]);
    default: return obj_str(e->args);
    }
}

static Value keyerror_str(Value self) {
    ExceptionObject *e = as_exc(self);
    if (tuple_size(e->args) == 1) return obj_repr(tuple_items(e->args)[0]);
    return exc_str_slot(self);
}

static const char *basename_of(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static Value syntaxerror_str(Value self) {
    SyntaxErrorObject *e = (SyntaxErrorObject *)v_as_obj(self);
    Value msg = obj_str(e->msg);
    if (v_is_null(msg)) return V_NULL;
    bool has_file = v_is_str(e->filename);
    bool has_line = v_is_int(e->lineno);
    if (!has_file && !has_line) return msg;
    Value r;
    if (has_file && has_line) {
        char *ln = int_to_cstr(e->lineno);
        r = str_printf("%s (%s, line %s)", str_data(msg), basename_of(str_data(e->filename)),
                       ln ? ln : "?");
        mem_free(ln);
    } else if (has_file) {
        r = str_printf("%s (%s)", str_data(msg), basename_of(str_data(e->filename)));
    } else {
        char *ln = int_to_cstr(e->lineno);
        r = str_printf("%s (line %s)", str_data(msg), ln ? ln : "?");
        mem_free(ln);
    }
    v_decref(msg);
    return r;
}

static Value oserror_str(Value self) {
    OSErrorObject *e = (OSErrorObject *)v_as_obj(self);
    if (v_is_none(e->myerrno) || v_is_none(e->strerror)) return exc_str_slot(self);
    Value no = obj_str(e->myerrno), se = obj_str(e->strerror), fn = V_NULL, r = V_NULL;
    if (v_is_null(no) || v_is_null(se)) goto done;
    if (!v_is_none(e->filename)) {
        fn = obj_repr(e->filename);
        if (v_is_null(fn)) goto done;
        r = str_printf("[Errno %s] %s: %s", str_data(no), str_data(se), str_data(fn));
    } else {
        r = str_printf("[Errno %s] %s", str_data(no), str_data(se));
    }
done:
    v_decref(no);
    v_decref(se);
    v_decref(fn);
    return r;
}

static Value importerror_str(Value self) {
    ImportErrorObject *e = (ImportErrorObject *)v_as_obj(self);
    if (v_is_str(e->msg)) return v_newref(e->msg);
    return exc_str_slot(self);
}

/* CPython's UnicodeError str: one offending unit is shown by value,
 * a range by positions. Falls back to "" before the fields are valid. */
static Value unicode_error_str(Value self) {
    UnicodeErrorObject *u = (UnicodeErrorObject *)v_as_obj(self);
    if (v_is_none(u->object)) return str_new("", 0);
    int64_t start, end;
    if (obj_as_index_i64(u->start, &start) < 0 || obj_as_index_i64(u->end, &end) < 0)
        return V_NULL;
    Value reason = obj_str(u->reason), enc = V_NULL, r = V_NULL;
    if (v_is_null(reason)) return V_NULL;
    TypeObject *t = v_type(self);
    if (type_is_subtype(t, &Exc_UnicodeDecodeError)) {
        enc = obj_str(u->encoding);
        if (v_is_null(enc)) goto done;
        const uint8_t *data;
        int64_t size = 0;
        if (!bytes_like_view(u->object, &data, &size)) size = 0;
        if (start >= 0 && start < size && end == start + 1)
            r = str_printf("'%s' codec can't decode byte 0x%02x in position %lld: %s",
                           str_data(enc), data[start], (long long)start, str_data(reason));
        else
            r = str_printf("'%s' codec can't decode bytes in position %lld-%lld: %s",
                           str_data(enc), (long long)start, (long long)(end - 1), str_data(reason));
        goto done;
    }
    bool encode = type_is_subtype(t, &Exc_UnicodeEncodeError);
    char prefix[200] = "";
    if (encode) {
        enc = obj_str(u->encoding);
        if (v_is_null(enc)) goto done;
        snprintf(prefix, sizeof prefix, "'%s' codec ", str_data(enc));
    }
    const char *verb = encode ? "encode" : "translate";
    if (v_is_str(u->object) && start >= 0 && start < str_len(u->object) && end == start + 1) {
        uint32_t cp = str_char_at(u->object, start);
        char cb[16];
        if (cp <= 0xff) snprintf(cb, sizeof cb, "\\x%02x", cp);
        else if (cp <= 0xffff) snprintf(cb, sizeof cb, "\\u%04x", cp);
        else snprintf(cb, sizeof cb, "\\U%08x", cp);
        r = str_printf("%scan't %s character '%s' in position %lld: %s", prefix, verb, cb,
                       (long long)start, str_data(reason));
    } else {
        r = str_printf("%scan't %s characters in position %lld-%lld: %s", prefix, verb,
                       (long long)start, (long long)(end - 1), str_data(reason));
    }
done:
    v_decref(reason);
    v_decref(enc);
    return r;
}

Value err_unicode_decode(const char *encoding, const void *data, int64_t n, int64_t start,
                         int64_t end, const char *reason) {
    Value items[5] = {str_from_cstr(encoding), bytes_new(data, (size_t)n), int_from_i64(start),
                      int_from_i64(end), str_from_cstr(reason)};
    for (int i = 0; i < 5; i++)
        if (v_is_null(items[i])) {
            for (int j = 0; j < 5; j++) v_decref(items[j]);
            return V_NULL;
        }
    Value args = tuple_from_array_steal(items, 5);
    if (v_is_null(args)) return V_NULL;
    Value exc = exc_make(&Exc_UnicodeDecodeError, args, V_NULL, V_NULL);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

Value err_unicode_encode(const char *encoding, Value str, int64_t start, int64_t end,
                         const char *reason) {
    Value items[5] = {str_from_cstr(encoding), v_newref(str), int_from_i64(start),
                      int_from_i64(end), str_from_cstr(reason)};
    for (int i = 0; i < 5; i++)
        if (v_is_null(items[i])) {
            for (int j = 0; j < 5; j++) v_decref(items[j]);
            return V_NULL;
        }
    Value args = tuple_from_array_steal(items, 5);
    if (v_is_null(args)) return V_NULL;
    Value exc = exc_make(&Exc_UnicodeEncodeError, args, V_NULL, V_NULL);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

Value exc_str(Value exc) {
    if (v_is_exception(exc) && exc_family(v_type(exc)) == FAM_SYNTAX)
        return obj_str(((SyntaxErrorObject *)v_as_obj(exc))->msg);
    return obj_str(exc);
}

/* ---- attributes ------------------------------------------------------------------ */

static Value exc_getattr(Value self, Value name) {
    return obj_generic_getattr_dict(self, name, as_exc(self)->dict);
}

static int exc_setattr(Value self, Value name, Value v) {
    return obj_generic_setattr_dict(self, name, v, &as_exc(self)->dict);
}

static Value exc_get_args(Value self) { return v_newref(as_exc(self)->args); }
static int exc_set_args(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Value t = v_is_tuple(v) ? v_newref(v) : tuple_from_iterable(v);
    if (v_is_null(t)) return -1;
    v_setref(&as_exc(self)->args, t);
    return 0;
}

static Value exc_get_traceback(Value self) { return v_newref(as_exc(self)->traceback); }
static int exc_set_traceback(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (!v_is_none(v) && !v_is_type(v, &TracebackType)) {
        err_format(&Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    v_setref(&as_exc(self)->traceback, v_newref(v));
    return 0;
}

static Value exc_get_context(Value self) { return v_newref(as_exc(self)->context); }
static int exc_set_context(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (!v_is_none(v) && !v_is_exception(v)) {
        err_format(&Exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    v_setref(&as_exc(self)->context, v_newref(v));
    return 0;
}

static Value exc_get_cause(Value self) { return v_newref(as_exc(self)->cause); }
static int exc_set_cause(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (!v_is_none(v) && !v_is_exception(v)) {
        err_format(&Exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    as_exc(self)->suppress_context = true;
    v_setref(&as_exc(self)->cause, v_newref(v));
    return 0;
}

static Value exc_get_suppress(Value self) { return v_from_bool(as_exc(self)->suppress_context); }
static int exc_set_suppress(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = obj_truthy(v);
    if (t < 0) return -1;
    as_exc(self)->suppress_context = t;
    return 0;
}

/* The instance dict, created on first request (CPython's BaseException
 * always has one). */
static Value exc_get_dict(Value self) {
    ExceptionObject *e = as_exc(self);
    if (v_is_null(e->dict)) {
        e->dict = dict_new();
        if (v_is_null(e->dict)) return V_NULL;
    }
    return v_newref(e->dict);
}

static const GetSetDef exc_getset[] = {
    {"args", exc_get_args, exc_set_args},
    {"__dict__", exc_get_dict, NULL},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
    {"__context__", exc_get_context, exc_set_context},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {NULL, NULL, NULL},
};

static Value exc_with_traceback(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("with_traceback", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (exc_set_traceback(self, args[0]) < 0) return V_NULL;
    return v_newref(self);
}

/* BaseException.add_note (3.11): appends to the __notes__ list in the
 * instance dict, creating it on first use. */
static Value exc_add_note(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("add_note", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0])) {
        err_format(&Exc_TypeError, "note must be a str, not '%s'", v_type_name(args[0]));
        return V_NULL;
    }
    Value name = str_intern_cstr("__notes__");
    Value notes;
    int r = obj_lookup_attr(self, name, &notes);
    if (r < 0) return V_NULL;
    if (r == 0) {
        notes = list_new(0);
        if (v_is_null(notes)) return V_NULL;
        if (obj_setattr(self, name, notes) < 0) {
            v_decref(notes);
            return V_NULL;
        }
    }
    if (!v_is_list(notes)) {
        v_decref(notes);
        err_format(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
        return V_NULL;
    }
    int rc = list_append(notes, args[0]);
    v_decref(notes);
    return rc < 0 ? V_NULL : V_NONE;
}

/* Gives the pending AttributeError (any subclass) or NameError its name
 * and obj (obj V_NULL: left alone) when it has neither yet, as CPython does
 * for failed attribute and name lookups (set_attribute_error_context,
 * format_exc_check_arg): what the exception's .name and .obj show. */
void err_set_name_context(TypeObject *want, Value name, Value obj) {
    Value e = err_peek();
    if (v_is_null(e) || !type_is_subtype(v_type(e), want) || exc_family(v_type(e)) != FAM_NAMEATTR)
        return;
    NameErrorObject *ne = (NameErrorObject *)v_as_obj(e);
    if (ne->name != V_NONE || ne->obj != V_NONE) return;
    v_setref(&ne->name, v_newref(name));
    if (!v_is_null(obj)) v_setref(&ne->obj, v_newref(obj));
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* Field accessors of the subclasses: a field is a Value at a fixed offset. */
#define FIELD_GETSET(prefix, type, field)                                        \
    static Value prefix##_get_##field(Value self) {                              \
        return v_newref(((type *)v_as_obj(self))->field);                        \
    }                                                                            \
    static int prefix##_set_##field(Value self, Value v) {                       \
        v_setref(&((type *)v_as_obj(self))->field, v_is_null(v) ? V_NONE : v_newref(v)); \
        return 0;                                                                \
    }

FIELD_GETSET(stopiter, StopIterationObject, value)
FIELD_GETSET(sysexit, SystemExitObject, code)
FIELD_GETSET(synerr, SyntaxErrorObject, msg)
FIELD_GETSET(synerr, SyntaxErrorObject, filename)
FIELD_GETSET(synerr, SyntaxErrorObject, lineno)
FIELD_GETSET(synerr, SyntaxErrorObject, offset)
FIELD_GETSET(synerr, SyntaxErrorObject, text)
FIELD_GETSET(synerr, SyntaxErrorObject, end_lineno)
FIELD_GETSET(synerr, SyntaxErrorObject, end_offset)
FIELD_GETSET(oserr, OSErrorObject, myerrno)
FIELD_GETSET(oserr, OSErrorObject, strerror)
FIELD_GETSET(oserr, OSErrorObject, filename)
FIELD_GETSET(imperr, ImportErrorObject, msg)
FIELD_GETSET(imperr, ImportErrorObject, name)
FIELD_GETSET(imperr, ImportErrorObject, path)
FIELD_GETSET(unierr, UnicodeErrorObject, encoding)
FIELD_GETSET(unierr, UnicodeErrorObject, object)
FIELD_GETSET(unierr, UnicodeErrorObject, start)
FIELD_GETSET(unierr, UnicodeErrorObject, end)
FIELD_GETSET(unierr, UnicodeErrorObject, reason)
FIELD_GETSET(nameerr, NameErrorObject, name)
FIELD_GETSET(nameerr, NameErrorObject, obj)

#define GS(prefix, field) {#field, prefix##_get_##field, prefix##_set_##field}

static const GetSetDef stopiter_getset[] = {GS(stopiter, value), {NULL, NULL, NULL}};
static const GetSetDef sysexit_getset[] = {GS(sysexit, code), {NULL, NULL, NULL}};
static const GetSetDef synerr_getset[] = {
    GS(synerr, msg), GS(synerr, filename), GS(synerr, lineno), GS(synerr, offset),
    GS(synerr, text), GS(synerr, end_lineno), GS(synerr, end_offset), {NULL, NULL, NULL}};
static const GetSetDef oserr_getset[] = {
    {"errno", oserr_get_myerrno, oserr_set_myerrno}, GS(oserr, strerror), GS(oserr, filename),
    {NULL, NULL, NULL}};
static const GetSetDef imperr_getset[] = {
    GS(imperr, msg), GS(imperr, name), GS(imperr, path), {NULL, NULL, NULL}};
static const GetSetDef unierr_getset[] = {
    GS(unierr, encoding), GS(unierr, object), GS(unierr, start), GS(unierr, end),
    GS(unierr, reason), {NULL, NULL, NULL}};
static const GetSetDef attrerr_getset[] = {
    GS(nameerr, name), GS(nameerr, obj), {NULL, NULL, NULL}};
static const GetSetDef nameerr_getset[] = {GS(nameerr, name), {NULL, NULL, NULL}};

/* ---- the type objects ------------------------------------------------------------------
 *
 * EXCEPTION_TYPES (errors.h) is the one list of exception types. Most need
 * nothing beyond their name and base; the few with their own layout or
 * str get extra initialisers through EXC_SPECIAL_<name>, a macro defined
 * as `~, SLOTS_MACRO` only for those names. PICK_SECOND then selects
 * SLOTS_MACRO when EXC_SPECIAL_<name> is defined and EXC_NO_SLOTS when it
 * is not (the undefined name stays one token). The selected macro is
 * function-like, so it expands only once selected. */
#define EXC_NO_SLOTS()
#define BASEEXC_SLOTS()                                                          \
    .basicsize = sizeof(ExceptionObject), .dealloc = exc_dealloc, .repr = exc_repr, \
    .str = exc_str_slot, .getattr = exc_getattr, .setattr = exc_setattr,          \
    .construct = exc_construct, .traverse = exc_traverse, .clear = exc_clear,     \
    .getset = exc_getset,                                                         \
    .methods = exc_methods,
#define STOPITER_SLOTS() .basicsize = sizeof(StopIterationObject), .getset = stopiter_getset,
#define SYSEXIT_SLOTS() .basicsize = sizeof(SystemExitObject), .getset = sysexit_getset,
#define KEYERROR_SLOTS() .repr = exc_repr, .str = keyerror_str,
#define SYNERR_SLOTS()                                                           \
    .basicsize = sizeof(SyntaxErrorObject), .repr = exc_repr, .str = syntaxerror_str, \
    .getset = synerr_getset,
#define OSERR_SLOTS()                                                            \
    .basicsize = sizeof(OSErrorObject), .repr = exc_repr, .str = oserror_str,    \
    .getset = oserr_getset,
#define IMPERR_SLOTS()                                                           \
    .basicsize = sizeof(ImportErrorObject), .repr = exc_repr, .str = importerror_str, \
    .getset = imperr_getset,

#define UNIERR_SLOTS()                                                           \
    .basicsize = sizeof(UnicodeErrorObject), .repr = exc_repr, .str = unicode_error_str, \
    .getset = unierr_getset,
#define ATTRERR_SLOTS() .basicsize = sizeof(NameErrorObject), .getset = attrerr_getset,
#define NAMEERR_SLOTS() .basicsize = sizeof(NameErrorObject), .getset = nameerr_getset,

#define EXC_SPECIAL_BaseException ~, BASEEXC_SLOTS
#define EXC_SPECIAL_UnicodeDecodeError ~, UNIERR_SLOTS
#define EXC_SPECIAL_UnicodeEncodeError ~, UNIERR_SLOTS
#define EXC_SPECIAL_UnicodeTranslateError ~, UNIERR_SLOTS
#define EXC_SPECIAL_AttributeError ~, ATTRERR_SLOTS
#define EXC_SPECIAL_NameError ~, NAMEERR_SLOTS
#define EXC_SPECIAL_StopIteration ~, STOPITER_SLOTS
#define EXC_SPECIAL_SystemExit ~, SYSEXIT_SLOTS
#define EXC_SPECIAL_KeyError ~, KEYERROR_SLOTS
#define EXC_SPECIAL_SyntaxError ~, SYNERR_SLOTS
#define EXC_SPECIAL_OSError ~, OSERR_SLOTS
#define EXC_SPECIAL_ImportError ~, IMPERR_SLOTS

#define PICK_SECOND_(a, b, ...) b
#define PICK_SECOND(...) PICK_SECOND_(__VA_ARGS__)
#define EXC_SLOTS(excname) PICK_SECOND(EXC_SPECIAL_##excname, EXC_NO_SLOTS, ~)()

#define DEFINE_EXC(excname, basetype)                                            \
    TypeObject Exc_##excname = {                                                 \
        .ob = OBJECT_HEAD_INIT(&TypeType),                                       \
        .name = #excname,                                                        \
        .base = &basetype,                                                       \
        .flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_HAVE_GC,    \
        EXC_SLOTS(excname)                                                       \
    };
EXCEPTION_TYPES(DEFINE_EXC)
#undef DEFINE_EXC

/* ---- tracebacks ------------------------------------------------------------------------ */

static void tb_dealloc(Object *o) {
    /* A deep recursion leaves a chain of up to a million entries: freeing
     * tb_next recursively would overflow the C stack, so the entries whose
     * last reference is the one being dropped are freed in this loop. */
    for (;;) {
        TracebackObject *tb = (TracebackObject *)o;
        Value next = tb->next;
        if (tb->code) obj_decref(&tb->code->ob);
        v_decref(tb->globals);
        v_decref(tb->locals);
        v_decref(tb->frame);
        obj_free(o);
        if (!v_is_ptr(next) || v_as_obj(next)->type != &TracebackType || v_as_obj(next)->refcnt != 1) {
            v_decref(next);
            return;
        }
        o = v_as_obj(next);
        o->refcnt = 0;   /* owned here now; tracebacks have no weak references */
    }
}

static void tb_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    TracebackObject *tb = (TracebackObject *)o;
    visit(tb->next, arg);
    visit(tb->globals, arg);
    visit(tb->locals, arg);
    visit(tb->frame, arg);
}

static void tb_clear(Object *o) {
    TracebackObject *tb = (TracebackObject *)o;
    v_setref(&tb->next, V_NONE);
    v_clear(&tb->frame);
    v_clear(&tb->locals);
    v_clear(&tb->globals);
}

static Value tb_get_next(Value self) { return v_newref(((TracebackObject *)v_as_obj(self))->next); }
static Value tb_get_lineno(Value self) {
    return v_from_smallint(((TracebackObject *)v_as_obj(self))->lineno);
}
static Value tb_get_lasti(Value self) {
    return v_from_smallint(((TracebackObject *)v_as_obj(self))->lasti);
}
/* Made on first access and kept, so tb.tb_frame is tb.tb_frame. */
static Value tb_get_frame(Value self) {
    TracebackObject *tb = (TracebackObject *)v_as_obj(self);
    if (v_is_null(tb->frame)) {
        if (v_is_null(tb->globals)) return V_NONE;
        /* Still executing (typically: the frame whose handler is running)?
         * Then the object shows it as CPython's does: current line, locals,
         * f_back. The address alone could name a later call that reused
         * the slot; the code must match too (a later call of the same code
         * at the same depth is then taken for it: accepted). */
        for (Frame *p = eval_ts.frame; p; p = p->previous) {
            if ((const void *)p == tb->frame_addr && p->code == tb->code && p->globals == tb->globals) {
                Value fo = frame_object_new(p);
                if (v_is_null(fo)) return V_NULL;
                tb->frame = fo;
                return v_newref(fo);
            }
        }
        Value fo = frame_object_for_tb(tb->code, tb->globals, tb->locals, tb->lasti / 2, tb->lineno);
        if (v_is_null(fo)) return V_NULL;
        tb->frame = fo;
    }
    return v_newref(tb->frame);
}

static const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {NULL, NULL, NULL},
};

TypeObject TracebackType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "traceback",
    .base = &ObjectType,
    .basicsize = sizeof(TracebackObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
};

/* lasti is the byte offset of the raising instruction (code-unit index * 2,
 * CPython's tb_lasti). The new entry goes in front: unwinding adds the
 * callers after the raising frame, and tb_next leads from the outermost
 * frame toward the raise, which is the order printing wants. */
int exc_add_traceback(Value exc, struct CodeObject *code, int lasti, struct Frame *frame) {
    if (!v_is_exception(exc)) return 0;
    TracebackObject *tb = (TracebackObject *)obj_alloc(&TracebackType, sizeof *tb);
    if (!tb) return -1;
    tb->globals = v_newref(frame->globals);
    tb->locals = v_newref(frame->locals);
    tb->frame_addr = frame;
    tb->frame = V_NULL;
    ExceptionObject *e = as_exc(exc);
    tb->next = e->traceback;            /* takes over the exception's reference */
    tb->code = code;
    obj_incref(&code->ob);
    tb->lasti = lasti;
    tb->lineno = code_line_at(code, lasti / 2);
    e->traceback = v_from_obj(tb);
    return 0;
}

/* ---- SyntaxError from the frontend ---------------------------------------------------- */

static Value int_or_none(int v, bool known) { return known ? v_from_smallint(v) : V_NONE; }

Value exc_from_syntax_error(const struct SyntaxErrorInfo *info, const char *filename) {
    TypeObject *type = info->kind == SYNERR_TAB ? &Exc_TabError
                     : info->kind == SYNERR_INDENTATION ? &Exc_IndentationError
                     : &Exc_SyntaxError;
    Value msg = str_from_cstr(info->msg);
    Value fname = filename ? str_from_cstr(filename) : V_NONE;
    Value text = info->text ? str_from_cstr(info->text) : V_NONE;
    if (v_is_null(msg) || v_is_null(fname) || v_is_null(text)) {
        v_decref(msg);
        v_decref(fname);
        v_decref(text);
        return V_NULL;
    }
    Value loc = tuple_pack(6, fname, int_or_none(info->lineno, true),
                           int_or_none(info->col_offset, true), text,
                           int_or_none(info->end_lineno, info->end_lineno > 0),
                           int_or_none(info->end_col_offset, info->end_col_offset > 0));
    v_decref(fname);
    v_decref(text);
    if (v_is_null(loc)) {
        v_decref(msg);
        return V_NULL;
    }
    Value args = tuple_pack(2, msg, loc);
    v_decref(msg);
    v_decref(loc);
    if (v_is_null(args)) return V_NULL;
    return exc_make(type, args, V_NULL, V_NULL);
}

/* ---- printing ----------------------------------------------------------------------------
 *
 * The output of CPython 3.11's PyErr_Display, which the default excepthook
 * uses. */

/* Source files read for tracebacks, kept for the life of the process (a
 * program that prints many tracebacks reads each file once). */
typedef struct SourceFile {
    char *name;
    char *data;
    size_t len;
    struct SourceFile *next;
} SourceFile;

static SourceFile *source_cache;

static SourceFile *source_get(const char *name) {
    for (SourceFile *s = source_cache; s; s = s->next)
        if (strcmp(s->name, name) == 0) return s->data ? s : NULL;
    SourceFile *s = mem_calloc(1, sizeof *s);
    if (!s) return NULL;
    s->name = mem_alloc(strlen(name) + 1);
    if (!s->name) {
        mem_free(s);
        return NULL;
    }
    strcpy(s->name, name);
    FILE *fp = fopen(name, "rb");
    if (fp) {
        size_t cap = 4096, len = 0;
        char *buf = mem_alloc(cap);
        while (buf) {
            size_t n = fread(buf + len, 1, cap - len, fp);
            len += n;
            if (len < cap) break;
            char *nb = mem_realloc(buf, cap * 2);
            if (!nb) {
                mem_free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        fclose(fp);
        s->data = buf;
        s->len = buf ? len : 0;
    } else {
        /* A module of the embedded library ("<coil-lib>/x.py"). */
        const char *src;
        size_t n;
        if (import_embedded_source(name, &src, &n) && (s->data = mem_alloc(n + 1))) {
            memcpy(s->data, src, n);
            s->len = n;
        }
    }
    s->next = source_cache;
    source_cache = s;   /* unreadable files are cached too, as misses */
    return s->data ? s : NULL;
}

/* Line lineno (1-based) of the file without its line ending. */
static bool source_line(const char *filename, int lineno, const char **line, size_t *len) {
    if (lineno < 1) return false;
    SourceFile *s = source_get(filename);
    if (!s) return false;
    const char *p = s->data, *end = s->data + s->len;
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    if (p >= end) return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n > 0 && p[n - 1] == '\r') n--;
    *line = p;
    *len = n;
    return true;
}

/* Characters (code points) in the first nbytes bytes of UTF-8 s. */
static int64_t utf8_chars(const char *s, size_t nbytes) {
    int64_t n = 0;
    for (size_t i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* Length of a constant sequence CPython's AST optimiser would fold (a str
 * or bytes literal, a tuple of constants), or -1. */
static bool const_index(const Expr *e, int64_t *out);

static int64_t const_seq_len(const Expr *e) {
    if (e->kind == EXPR_SUBSCRIPT && e->v.subscript.slice->kind != EXPR_SLICE) {
        /* A folded subscript of a constant: a tuple item or a 1-char str. */
        const Expr *v = e->v.subscript.value;
        int64_t n = const_seq_len(v), i;
        if (n < 0 || !const_index(e->v.subscript.slice, &i) || i < -n || i >= n) return -1;
        if (v->kind == EXPR_TUPLE) return const_seq_len(v->v.list.elts.items[i < 0 ? i + n : i]);
        if (v->kind == EXPR_CONSTANT && v->v.constant.kind == CONST_STR) return 1;
        return -1;
    }
    if (e->kind == EXPR_CONSTANT) {
        if (e->v.constant.kind == CONST_STR) return utf8_chars(e->v.constant.s, e->v.constant.len);
        if (e->v.constant.kind == CONST_BYTES) return (int64_t)e->v.constant.len;
        return -1;
    }
    if (e->kind != EXPR_TUPLE) return -1;
    for (int i = 0; i < e->v.list.elts.n; i++) {
        const Expr *x = e->v.list.elts.items[i];
        if (x->kind != EXPR_CONSTANT && const_seq_len(x) < 0) return -1;
    }
    return e->v.list.elts.n;
}

static bool const_index(const Expr *e, int64_t *out) {
    bool neg = false;
    if (e->kind == EXPR_UNARYOP && e->v.unaryop.op == UOP_USUB) {
        neg = true;
        e = e->v.unaryop.operand;
    }
    if (e->kind != EXPR_CONSTANT || e->v.constant.kind != CONST_INT ||
        e->v.constant.int_base != 10 || e->v.constant.len > 15)
        return false;
    int64_t v = 0;
    for (size_t i = 0; i < e->v.constant.len; i++) v = v * 10 + (e->v.constant.s[i] - '0');
    *out = neg ? -v : v;
    return true;
}

/* Would CPython's optimiser replace this subscript by its constant value
 * (then the traceback shows plain carets, e.g. under `(1,)[0] = 1`)? */
static bool subscript_folds(const Expr *e) {
    int64_t n = const_seq_len(e->v.subscript.value);
    if (n < 0) return false;
    const Expr *sl = e->v.subscript.slice;
    if (sl->kind == EXPR_SLICE) {
        const Expr *parts[3] = {sl->v.slice.lower, sl->v.slice.upper, sl->v.slice.step};
        for (int i = 0; i < 3; i++) {
            int64_t ignored;
            if (parts[i] && !(parts[i]->kind == EXPR_CONSTANT &&
                              parts[i]->v.constant.kind == CONST_NONE) &&
                !const_index(parts[i], &ignored))
                return false;
        }
        return true;
    }
    int64_t i;
    return const_index(sl, &i) && i >= -n && i < n;
}

/* The ~~^^ anchors of 3.11: parse the highlighted segment alone; for a
 * binary operation the operator (first character after the left operand
 * that is not whitespace or ')', plus a second character when it directly
 * follows) gets ^ and the rest ~; for a subscript the brackets part gets ^.
 * Returns false when the segment is neither. Anchors are byte offsets
 * into the segment. */
static bool segment_anchors(const char *seg, size_t seglen, int *left, int *right) {
    Arena *arena = arena_new();
    if (!arena) return false;
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    bool found = false;
    Module *m = parse_module(arena, seg, seglen, "<traceback>", &err);
    if (!m) {
        syntax_error_info_clear(&err);
    } else if (m->body.n == 1 && m->body.items[0]->kind == STMT_EXPR) {
        Expr *e = m->body.items[0]->v.expr.value;
        if (e->kind == EXPR_BINOP) {
            Expr *l = e->v.binop.left, *r = e->v.binop.right;
            if (l->pos.end_lineno == 1 && r->pos.lineno == 1) {
                found = true;
                *left = *right = -1;
                for (int i = l->pos.end_col_offset; i < r->pos.col_offset && i < (int)seglen; i++) {
                    if (is_ws(seg[i]) || seg[i] == ')') continue;
                    *left = i;
                    *right = i + 1;
                    if (i + 1 < r->pos.col_offset && !is_ws(seg[i + 1])) (*right)++;
                    break;
                }
                if (*left < 0) found = false;
            }
        } else if (e->kind == EXPR_SUBSCRIPT && !subscript_folds(e)) {
            Expr *v = e->v.subscript.value;
            if (v->pos.end_lineno == 1 && e->pos.end_lineno == 1) {
                int i = v->pos.end_col_offset;
                while (i < (int)seglen && seg[i] != '[') i++;
                if (i < (int)seglen) {
                    *left = i;
                    *right = e->pos.end_col_offset;
                    found = true;
                }
            }
        }
    }
    arena_free(arena);
    return found;
}

/* For lib/traceback.py (3.11's _extract_caret_anchors_from_line_segment
 * parses the segment with ast): ("binop", left.end_col_offset,
 * right.col_offset) or ("subscript", value.end_col_offset,
 * slice.end_col_offset) for a segment that is one expression statement of
 * that kind (byte offsets), else None. */
Value exc_segment_info(Value segment) {
    if (!v_is_str(segment)) return V_NONE;
    const char *seg = str_data(segment);
    size_t seglen = (size_t)str_nbytes(segment);
    Arena *arena = arena_new();
    if (!arena) return err_nomem();
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Value res = V_NONE;
    Module *m = parse_module(arena, seg, seglen, "<traceback>", &err);
    if (!m) {
        syntax_error_info_clear(&err);
    } else if (m->body.n == 1 && m->body.items[0]->kind == STMT_EXPR) {
        Expr *e = m->body.items[0]->v.expr.value;
        if (e->kind == EXPR_BINOP)
            res = tuple_pack(3, str_intern_cstr("binop"), v_from_smallint(e->v.binop.left->pos.end_col_offset),
                             v_from_smallint(e->v.binop.right->pos.col_offset));
        else if (e->kind == EXPR_SUBSCRIPT)
            res = tuple_pack(3, str_intern_cstr("subscript"),
                             v_from_smallint(e->v.subscript.value->pos.end_col_offset),
                             v_from_smallint(e->v.subscript.slice->pos.end_col_offset));
    }
    arena_free(arena);
    return res;
}

static void print_carets(FILE *f, const CodeObject *co, int index, const char *line, size_t len,
                         size_t indent) {
    if (index < 0 || index >= co->ncodeunits || !co->positions) return;
    CodePosition pos = co->positions[index];
    if (pos.lineno < 0 || pos.end_lineno < 0 || pos.col < 0 || pos.end_col < 0) return;
    size_t col = (size_t)pos.col, end_col = (size_t)pos.end_col;
    if (col > len) col = len;
    if (end_col > len) end_col = len;
    int64_t start = utf8_chars(line, col);
    int64_t end = utf8_chars(line, end_col);
    int64_t la = -1, ra = -1;
    if (pos.lineno == pos.end_lineno) {
        int l, r;
        if (end_col > col && segment_anchors(line + col, end_col - col, &l, &r)) {
            la = start + utf8_chars(line + col, (size_t)l);
            ra = start + utf8_chars(line + col, (size_t)r);
        }
    } else {
        /* A multi-line expression: highlight to the end of this line. */
        size_t i = len;
        while (i > 0 && is_ws(line[i - 1])) i--;
        end = utf8_chars(line, i);
    }
    int64_t ws = utf8_chars(line, indent);
    int64_t stripped_len = utf8_chars(line, len) - ws;
    bool anchors = la >= 0;
    if (end - start == stripped_len && !anchors) return;
    char primary = anchors ? '~' : '^', secondary = '^';
    for (int64_t c = ws - 4; c < end; c++) {
        char ch = c < start ? ' ' : (anchors && la <= c && c < ra) ? secondary : primary;
        fputc(ch, f);
    }
    fputc('\n', f);
}

static void print_tb_entry(FILE *f, const TracebackObject *tb) {
    const CodeObject *co = tb->code;
    const char *filename = v_is_str(co->filename) ? str_data(co->filename) : "???";
    const char *name = v_is_str(co->name) ? str_data(co->name) : "???";
    fprintf(f, "  File \"%s\", line %d, in %s\n", filename, tb->lineno, name);
    const char *line;
    size_t len;
    if (!source_line(filename, tb->lineno, &line, &len)) return;
    size_t indent = 0;
    while (indent < len && is_ws(line[indent])) indent++;
    fputs("    ", f);
    fwrite(line + indent, 1, len - indent, f);
    fputc('\n', f);
    print_carets(f, co, tb->lasti / 2, line, len, indent);
}

#define TB_LIMIT 1000          /* sys.tracebacklimit's default */
#define TB_RECURSIVE_CUTOFF 3  /* identical entries shown before collapsing */

static void print_repeated(FILE *f, long cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    fprintf(f, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static bool same_str(Value a, Value b) {
    if (a == b) return true;
    return v_is_str(a) && v_is_str(b) && str_eq(a, b);
}

static void print_tb(FILE *f, Value tbv) {
    long depth = 0;
    for (Value t = tbv; v_is_type(t, &TracebackType); t = ((TracebackObject *)v_as_obj(t))->next)
        depth++;
    while (v_is_type(tbv, &TracebackType) && depth > TB_LIMIT) {
        depth--;
        tbv = ((TracebackObject *)v_as_obj(tbv))->next;
    }
    const CodeObject *last = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; v_is_type(tbv, &TracebackType); tbv = ((TracebackObject *)v_as_obj(tbv))->next) {
        const TracebackObject *tb = (TracebackObject *)v_as_obj(tbv);
        const CodeObject *co = tb->code;
        if (!last || !same_str(co->filename, last->filename) || last_line == -1 ||
            tb->lineno != last_line || !same_str(co->name, last->name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(f, cnt);
            last = co;
            last_line = tb->lineno;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) print_tb_entry(f, tb);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(f, cnt);
}

/* The text line and caret line of a SyntaxError (print_error_text). Offsets
 * are 1-based character columns; end_offset <= 0 means unknown. */
static void print_error_text(FILE *f, int64_t offset, int64_t end_offset, const char *text) {
    int64_t off = offset - 1, end = end_offset - 1;
    while (is_ws(*text)) {
        text++;
        off--;
        end--;
    }
    size_t nbytes = strlen(text);
    size_t linebytes = (nbytes > 0 && text[nbytes - 1] == '\n') ? nbytes - 1 : nbytes;
    int64_t len = utf8_chars(text, linebytes);
    if (off > len) off = len;
    /* Text spanning several lines: show the line the offset falls in. */
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        int64_t inl = utf8_chars(text, (size_t)(nl - text));
        if (inl >= off) break;
        inl += 1;
        text = nl + 1;
        off -= inl;
        end -= inl;
    }
    fputs("    ", f);
    fputs(text, f);
    size_t tl = strlen(text);
    if (tl == 0 || text[tl - 1] != '\n') fputc('\n', f);
    if (off < 0) return;
    fputs("    ", f);
    for (int64_t i = 0; i < off; i++) fputc(' ', f);
    int64_t carets = (end_offset > 0 && end > off) ? end - off : 1;
    for (int64_t i = 0; i < carets; i++) fputc('^', f);
    fputc('\n', f);
}

/* Reads an int field of a SyntaxError: its value, or dflt for None; false
 * when it is neither (the exception is then printed like any other). */
static bool int_field(Value v, int64_t dflt, int64_t *out) {
    if (v_is_none(v)) {
        *out = dflt;
        return true;
    }
    if (!v_is_int(v)) return false;
    return int_as_i64(v, out) == 0 || (err_clear(), false);
}

/* Prints "  File ..., line N" and the text of a SyntaxError; returns the
 * object whose str ends the report (the msg), or V_NULL to use the
 * exception itself. New reference. */
static Value print_syntax_location(FILE *f, SyntaxErrorObject *e) {
    int64_t lineno, offset, end_lineno, end_offset;
    if (!v_is_int(e->lineno) || !int_field(e->lineno, 0, &lineno)) return V_NULL;
    if (!int_field(e->offset, -1, &offset)) return V_NULL;
    if (!int_field(e->end_lineno, lineno, &end_lineno)) return V_NULL;
    if (!int_field(e->end_offset, -1, &end_offset)) return V_NULL;
    if (!v_is_none(e->filename) && !v_is_str(e->filename)) return V_NULL;
    if (!v_is_none(e->text) && !v_is_str(e->text)) return V_NULL;
    const char *fname = v_is_str(e->filename) ? str_data(e->filename) : "<string>";
    fprintf(f, "  File \"%s\", line %lld\n", fname, (long long)lineno);
    if (v_is_str(e->text)) {
        int64_t line_size = str_len(e->text);
        /* A range over several lines highlights to the end of the first. */
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        /* CPython 3.11 shows a single caret for indentation errors. */
        if (type_is_subtype(e->base.ob.type, &Exc_IndentationError)) end_offset = -1;
        print_error_text(f, offset, end_offset, str_data(e->text));
    }
    return v_newref(e->msg);
}

/* The notes added by add_note, one per line after the exception line
 * (a non-str note is printed by its str()). */
static void print_notes(FILE *f, Value exc) {
    Value notes;
    int r = obj_lookup_attr(exc, str_intern_cstr("__notes__"), &notes);
    if (r <= 0) {
        if (r < 0) err_clear();
        return;
    }
    if (v_is_list(notes) || v_is_tuple(notes)) {
        int64_t n = v_is_list(notes) ? list_size(notes) : tuple_size(notes);
        for (int64_t i = 0; i < n; i++) {
            Value note = v_is_list(notes) ? list_items(notes)[i] : tuple_items(notes)[i];
            Value s = obj_str(note);
            if (v_is_null(s)) {
                err_clear();
                fputs("<note str() failed>", f);
            } else {
                fwrite(str_data(s), 1, (size_t)str_nbytes(s), f);
                v_decref(s);
            }
            fputc('\n', f);
        }
    } else {
        Value s = obj_repr(notes);
        if (v_is_null(s)) {
            err_clear();
            fputs("<__notes__ repr() failed>", f);
        } else {
            fwrite(str_data(s), 1, (size_t)str_nbytes(s), f);
            v_decref(s);
        }
        fputc('\n', f);
    }
    v_decref(notes);
}

static void print_exception(FILE *f, Value exc) {
    if (!v_is_exception(exc)) {
        fprintf(f, "TypeError: print_exception(): Exception expected for value, %s found\n",
                v_type_name(exc));
        return;
    }
    ExceptionObject *e = as_exc(exc);
    if (v_is_type(e->traceback, &TracebackType)) {
        fputs("Traceback (most recent call last):\n", f);
        print_tb(f, e->traceback);
    }
    Value message = V_NULL;
    if (exc_family(v_type(exc)) == FAM_SYNTAX)
        message = print_syntax_location(f, (SyntaxErrorObject *)e);
    /* CPython names the type module.qualname unless it lives in
     * builtins or __main__. */
    Value tname = type_full_name(v_type(exc));
    if (v_is_null(tname)) {
        err_clear();
        fputs(v_type_name(exc), f);
    } else {
        const char *tn = str_data(tname);
        if (strncmp(tn, "__main__.", 9) == 0) tn += 9;
        fputs(tn, f);
        v_decref(tname);
    }
    Value s = obj_str(v_is_null(message) ? exc : message);
    v_decref(message);
    if (v_is_null(s)) {
        err_clear();
        fputs(": <exception str() failed>", f);
    } else {
        if (!v_is_str(s) || str_nbytes(s) > 0) {
            fputs(": ", f);
            if (v_is_str(s)) fwrite(str_data(s), 1, (size_t)str_nbytes(s), f);
        }
        v_decref(s);
    }
    fputc('\n', f);
    print_notes(f, exc);
}

typedef struct Seen {
    Value *items;
    size_t n, cap;
} Seen;

static bool seen_has(const Seen *s, Value v) {
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i] == v) return true;
    return false;
}

static void seen_add(Seen *s, Value v) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        Value *p = mem_realloc(s->items, cap * sizeof(Value));
        if (!p) return;   /* a cycle may then print twice, never loop: depth is bounded below */
        s->items = p;
        s->cap = cap;
    }
    s->items[s->n++] = v;
}

/* The display of exception groups (CPython 3.11's traceback format): a
 * group's members are printed inside a box, each line of their report
 * behind a margin of 2 * depth spaces and "| ". */
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

typedef struct PrintCtx {
    Seen seen;
    int depth;               /* exception group nesting; 0 = no margin */
    bool need_close;         /* the innermost last member still needs the box's bottom line */
} PrintCtx;

/* Writes text with the margin, line by line (a blank line gets it too). */
static void emit_margin(FILE *f, const PrintCtx *ctx, const char *text, size_t len, char margin) {
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n') j++;
        if (j < len) j++;
        for (int k = 0; k < 2 * ctx->depth; k++) fputc(' ', f);
        if (ctx->depth) {
            fputc(margin, f);
            fputc(' ', f);
        }
        fwrite(text + i, 1, j - i, f);
        i = j;
    }
}

/* A piece of the report: printed directly at depth 0, else rendered and
 * written behind the margin. */
typedef enum { PIECE_TEXT, PIECE_TB, PIECE_EXC } PieceKind;

static void emit_piece(FILE *f, const PrintCtx *ctx, PieceKind kind, const char *text, Value v, char margin) {
    if (ctx->depth == 0) {
        if (kind == PIECE_TEXT) fputs(text, f);
        else if (kind == PIECE_TB) print_tb(f, v);
        else print_exception(f, v);
        return;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m) return;
    if (kind == PIECE_TEXT) fputs(text, m);
    else if (kind == PIECE_TB) print_tb(m, v);
    else print_exception(m, v);
    fclose(m);
    emit_margin(f, ctx, buf, len, margin);
    free(buf);
}

static void print_one(FILE *f, Value exc, PrintCtx *ctx);

static void print_group(FILE *f, Value exc, PrintCtx *ctx) {
    ExceptionObject *e = as_exc(exc);
    bool toplevel = ctx->depth == 0;
    if (toplevel) ctx->depth++;
    if (v_is_type(e->traceback, &TracebackType)) {
        emit_piece(f, ctx, PIECE_TEXT, "Exception Group Traceback (most recent call last):\n", V_NULL,
                   toplevel ? '+' : '|');
        emit_piece(f, ctx, PIECE_TB, NULL, e->traceback, '|');
    }
    /* The exception line without the traceback print_exception would add. */
    Value tb = e->traceback;
    e->traceback = V_NONE;
    emit_piece(f, ctx, PIECE_EXC, NULL, exc, '|');
    e->traceback = tb;
    Value excs = exc_group_exceptions(exc);
    int64_t num = v_is_tuple(excs) ? tuple_size(excs) : 0;
    int64_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) ctx->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        for (int k = 0; k < 2 * ctx->depth; k++) fputc(' ', f);
        fputs(i == 0 ? "+-" : "  ", f);
        if (truncated) fputs("+---------------- ... ----------------\n", f);
        else fprintf(f, "+---------------- %lld ----------------\n", (long long)(i + 1));
        ctx->depth++;
        if (!truncated) {
            print_one(f, tuple_items(excs)[i], ctx);
        } else {
            int64_t remaining = num - MAX_GROUP_WIDTH;
            char line[96];
            snprintf(line, sizeof line, "and %lld more exception%s\n", (long long)remaining,
                     remaining > 1 ? "s" : "");
            emit_piece(f, ctx, PIECE_TEXT, line, V_NULL, '|');
        }
        if (last && ctx->need_close) {
            for (int k = 0; k < 2 * ctx->depth; k++) fputc(' ', f);
            fputs("+------------------------------------\n", f);
            ctx->need_close = false;
        }
        ctx->depth--;
    }
    if (toplevel) ctx->depth = 0;
}

/* One exception with what it was chained from, printed first. */
static void print_one(FILE *f, Value exc, PrintCtx *ctx) {
    seen_add(&ctx->seen, exc);
    if (v_is_exception(exc) && ctx->seen.n < 1000) {
        ExceptionObject *e = as_exc(exc);
        if (!v_is_none(e->cause)) {
            if (!seen_has(&ctx->seen, e->cause)) {
                print_one(f, e->cause, ctx);
                emit_piece(f, ctx, PIECE_TEXT,
                           "\nThe above exception was the direct cause of the following exception:\n\n",
                           V_NULL, '|');
            }
        } else if (!e->suppress_context && !v_is_none(e->context)) {
            if (!seen_has(&ctx->seen, e->context)) {
                print_one(f, e->context, ctx);
                emit_piece(f, ctx, PIECE_TEXT,
                           "\nDuring handling of the above exception, another exception occurred:\n\n",
                           V_NULL, '|');
            }
        }
    }
    if (!v_is_exception_group(exc)) {
        emit_piece(f, ctx, PIECE_EXC, NULL, exc, '|');
    } else if (ctx->depth > MAX_GROUP_DEPTH) {
        char line[64];
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_piece(f, ctx, PIECE_TEXT, line, V_NULL, '|');
    } else {
        print_group(f, exc, ctx);
    }
}

/* exc_print's body, for any stream (the unit tests print to a file). */
void exc_print_to(FILE *f, Value exc);

void exc_print_to(FILE *f, Value exc) {
    /* Printing calls str() on arbitrary objects; keep whatever is pending. */
    Value saved = err_fetch();
    fflush(stdout);
    PrintCtx ctx = { {NULL, 0, 0}, 0, false };
    print_one(f, exc, &ctx);
    mem_free(ctx.seen.items);
    fflush(f);
    err_restore(saved);
}

void exc_print(Value exc) { exc_print_to(stderr, exc); }
