/* sys.c: the sys module.
 *
 * sys.modules and sys.path are the objects the import system uses
 * (vm/import.c). sys.stdout shares print()'s buffer, so mixing
 * sys.stdout.write and print keeps the order; sys.stderr writes through C's
 * unbuffered stderr, the stream tracebacks go to. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "coil/coil.h"
#include "registry.h"
#include "sys.h"
#include "../trace.h"
#include "../import.h"
#include "../runtime.h"
#include "../eval.h"
#include "../errors.h"
#include "../abstract.h"
#include "../args.h"
#include "../descr.h"
#include "../module.h"
#include "../dict.h"
#include "../list.h"
#include "../str.h"
#include "../tuple.h"
#include "../bytearray.h"
#include "../int.h"
#include "../floatobject.h"
#include "../function.h"
#include "../classobj.h"
#include "../set.h"
#include "../code.h"
#include "../pycache.h"
#include "../repl.h"
#include "../frameobject.h"
#include "../generator.h"
#include "../unicode_util.h"

extern int64_t int_max_str_digits;      /* int.c */
int coil_argc(void);                     /* coil_api.c */
char **coil_argv(void);

/* ---- struct sequences (sys.version_info, sys.float_info, ...) ------------------
 * A tuple subclass whose items are also readable by field name, repr'd as
 * "sys.version_info(major=3, minor=11, ...)", like CPython's structseq. */

typedef struct StructSeqType {
    TypeObject type;
    const char *reprname;           /* "sys.version_info" */
    const char *const *fields;      /* NULL-terminated */
} StructSeqType;

static Value structseq_getattr(Value self, Value name) {
    const StructSeqType *st = (const StructSeqType *)v_type(self);
    if (v_is_str(name)) {
        for (int i = 0; st->fields[i]; i++)
            if (str_eq_cstr(name, st->fields[i])) return v_newref(tuple_items(self)[i]);
    }
    return obj_generic_getattr(self, name);
}

static Value structseq_repr(Value self) {
    const StructSeqType *st = (const StructSeqType *)v_type(self);
    Value parts = list_new(0);
    if (v_is_null(parts)) return V_NULL;
    Value out = str_printf("%s(", st->reprname);
    for (int i = 0; st->fields[i] && !v_is_null(out); i++) {
        Value r = obj_repr(tuple_items(self)[i]);
        if (v_is_null(r)) { v_clear(&out); break; }
        Value piece = str_printf("%s%s=%s", i ? ", " : "", st->fields[i], str_data(r));
        v_decref(r);
        if (v_is_null(piece)) { v_clear(&out); break; }
        Value joined = str_concat(out, piece);
        v_decref(piece);
        v_setref(&out, joined);
    }
    v_decref(parts);
    if (v_is_null(out)) return V_NULL;
    Value close = str_intern_cstr(")");
    Value r = str_concat(out, close);
    v_decref(out);
    return r;
}

#define STRUCTSEQ_TYPE(cname, pyname, repr_name, fieldlist) \
    static const char *const cname##_fields[] = fieldlist; \
    static StructSeqType cname##_type = { \
        .type = { .ob = OBJECT_HEAD_INIT(&TypeType), .name = repr_name, .base = &TupleType, \
                  .basicsize = sizeof(TupleObject), \
                  .flags = TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS, \
                  .repr = structseq_repr, .getattr = structseq_getattr }, \
        .reprname = repr_name, .fields = cname##_fields };

#define FIELDS(...) { __VA_ARGS__, NULL }
STRUCTSEQ_TYPE(version_info, "version_info", "sys.version_info",
               FIELDS("major", "minor", "micro", "releaselevel", "serial"))
STRUCTSEQ_TYPE(float_info, "float_info", "sys.float_info",
               FIELDS("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                      "mant_dig", "epsilon", "radix", "rounds"))
STRUCTSEQ_TYPE(asyncgen_hooks, "asyncgen_hooks", "asyncgen_hooks", FIELDS("firstiter", "finalizer"))
STRUCTSEQ_TYPE(int_info, "int_info", "sys.int_info",
               FIELDS("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                      "str_digits_check_threshold"))
STRUCTSEQ_TYPE(hash_info, "hash_info", "sys.hash_info",
               FIELDS("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                      "seed_bits", "cutoff"))
STRUCTSEQ_TYPE(flags, "flags", "sys.flags",
               FIELDS("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                      "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                      "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                      "warn_default_encoding", "safe_path", "int_max_str_digits"))

/* A new struct sequence of type st holding items (stolen, all non-NULL
 * unless allocation failed: then everything is released). */
static Value structseq_new(StructSeqType *st, Value *items, int n) {
    for (int i = 0; i < n; i++)
        if (v_is_null(items[i])) goto fail;
    TupleObject *t = (TupleObject *)obj_alloc(&st->type, sizeof(TupleObject) + sizeof(Value) * (size_t)n);
    if (!t) goto fail;
    t->size = n;
    memcpy(t->items, items, sizeof(Value) * (size_t)n);
    return v_from_obj(t);
fail:
    for (int i = 0; i < n; i++) v_decref(items[i]);
    return V_NULL;
}

/* ---- a namespace (sys.implementation) ---------------------------------------- */

typedef struct NamespaceObject {
    Object ob;
    Value dict;
} NamespaceObject;

static void namespace_dealloc(Object *o) {
    v_decref(((NamespaceObject *)o)->dict);
    obj_free(o);
}

static Value namespace_getattr(Value self, Value name) {
    Value v = dict_get(((NamespaceObject *)v_as_obj(self))->dict, name);
    if (!v_is_null(v)) return v_newref(v);
    if (err_occurred()) return V_NULL;
    return obj_generic_getattr(self, name);
}

static int namespace_setattr(Value self, Value name, Value v) {
    Value d = ((NamespaceObject *)v_as_obj(self))->dict;
    if (!v_is_null(v)) return dict_set(d, name, v);
    if (dict_del(d, name) == 0) return 0;
    if (err_matches(&Exc_KeyError)) {
        err_clear();
        err_format(&Exc_AttributeError, "'types.SimpleNamespace' object has no attribute '%s'", str_data(name));
    }
    return -1;
}

static Value namespace_repr(Value self) {
    Value d = ((NamespaceObject *)v_as_obj(self))->dict;
    Value out = str_from_cstr("namespace(");
    int64_t pos = 0;
    Value k, v;
    bool first = true;
    while (!v_is_null(out) && dict_next(d, &pos, &k, &v)) {
        Value r = obj_repr(v);
        if (v_is_null(r)) { v_clear(&out); break; }
        Value piece = str_printf("%s%s=%s", first ? "" : ", ", v_is_str(k) ? str_data(k) : "?", str_data(r));
        v_decref(r);
        first = false;
        if (v_is_null(piece)) { v_clear(&out); break; }
        Value j = str_concat(out, piece);
        v_decref(piece);
        v_setref(&out, j);
    }
    if (v_is_null(out)) return V_NULL;
    Value r = str_concat(out, str_intern_cstr(")"));
    v_decref(out);
    return r;
}

/* The attribute dict is the only reference held. */
static void namespace_traverse(Object *o, void (*visit)(Value v, void *arg), void *arg) {
    visit(((NamespaceObject *)o)->dict, arg);
}

static TypeObject NamespaceType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .traverse = namespace_traverse,
    .name = "types.SimpleNamespace",
    .base = &ObjectType,
    .basicsize = sizeof(NamespaceObject),
    .flags = TPFLAG_HAVE_GC,
    .dealloc = namespace_dealloc,
    .repr = namespace_repr,
    .getattr = namespace_getattr,
    .setattr = namespace_setattr,
};

/* ---- the standard streams ------------------------------------------------------ */

typedef struct StreamObject {
    Object ob;
    int fd;                  /* 0, 1 or 2 */
    const char *name;        /* "<stdout>" */
} StreamObject;

static TypeObject StreamType;
static StreamObject stdin_obj = { OBJECT_HEAD_INIT(&StreamType), 0, "<stdin>" };
static StreamObject stdout_obj = { OBJECT_HEAD_INIT(&StreamType), 1, "<stdout>" };
static StreamObject stderr_obj = { OBJECT_HEAD_INIT(&StreamType), 2, "<stderr>" };

static inline StreamObject *as_stream(Value v) { return (StreamObject *)v_as_obj(v); }

static Value stream_unsupported(Value self, const char *what) {
    return err_format(&Exc_OSError, "not %s", what);   /* io.UnsupportedOperation's text */
}

static Value stream_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("write", nargs, kwnames, 1, 1) < 0) return V_NULL;
    StreamObject *s = as_stream(self);
    if (s->fd == 0) return stream_unsupported(self, "writable");
    Value text = args[0];
    if (!v_is_str(text))
        return err_format(&Exc_TypeError, "write() argument must be str, not %s", v_type_name(text));
    size_t n = (size_t)str_nbytes(text);
    if (s->fd == 1) {
        if (builtins_write_stdout(str_data(text), n) < 0)
            return err_format(&Exc_OSError, "[Errno 32] Broken pipe");
    } else {
        if (n && fwrite(str_data(text), 1, n, stderr) != n)
            return err_format(&Exc_OSError, "cannot write to stderr");
    }
    return int_from_i64(str_len(text));
}

static Value stream_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("flush", nargs, kwnames, 0, 0) < 0) return V_NULL;
    StreamObject *s = as_stream(self);
    if (s->fd == 1 && builtins_flush_stdout() < 0) return err_format(&Exc_OSError, "[Errno 32] Broken pipe");
    if (s->fd == 2) fflush(stderr);
    return V_NONE;
}

/* One line from C's stdin (the FILE input() reads too), with its newline;
 * "" at EOF. New reference. */
static Value read_stdin_line(void) {
    if (builtins_flush_stdout() < 0) { /* as input(): prompt output first */ }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return v_newref(str_intern_cstr(""));
    }
    Value s = str_new_checked(line, (size_t)n);
    free(line);
    return s;
}

static Value stream_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("readline", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (as_stream(self)->fd != 0) return stream_unsupported(self, "readable");
    return read_stdin_line();
}

static Value stream_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("read", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (as_stream(self)->fd != 0) return stream_unsupported(self, "readable");
    int64_t limit = -1;
    if (nargs == 1 && args[0] != V_NONE && int_as_i64(args[0], &limit) < 0) return V_NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) return err_nomem();
    int c;
    /* limit counts characters: count UTF-8 lead bytes. */
    int64_t chars = 0;
    while ((limit < 0 || chars < limit || (n > 0 && ((unsigned char)buf[n - 1] & 0xC0) == 0x80)) &&
           (c = getc(stdin)) != EOF) {
        if (limit >= 0 && chars >= limit && ((unsigned)c & 0xC0) != 0x80) {
            ungetc(c, stdin);
            break;
        }
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); return err_nomem(); }
            buf = nb;
        }
        buf[n++] = (char)c;
        if (((unsigned)c & 0xC0) != 0x80) chars++;
    }
    Value s = str_new_checked(buf, n);
    free(buf);
    return s;
}

static Value stream_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("readlines", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (as_stream(self)->fd != 0) return stream_unsupported(self, "readable");
    Value l = list_new(0);
    while (!v_is_null(l)) {
        Value line = read_stdin_line();
        if (v_is_null(line)) { v_clear(&l); break; }
        if (str_nbytes(line) == 0) { v_decref(line); break; }
        if (list_append_steal(l, line) < 0) v_clear(&l);
    }
    return l;
}

static Value stream_iternext(Value self) {
    if (as_stream(self)->fd != 0) return stream_unsupported(self, "readable");
    Value line = read_stdin_line();
    if (v_is_null(line) || str_nbytes(line) > 0) return line;
    v_decref(line);
    return V_NULL;
}

static Value stream_iter(Value self) { return v_newref(self); }

static Value stream_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    return v_from_bool(isatty(as_stream(self)->fd));
}
static Value stream_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    return v_from_smallint(as_stream(self)->fd);
}
static Value stream_readable(Value self, const Value *args, size_t nargs, Value kwnames) {
    return v_from_bool(as_stream(self)->fd == 0);
}
static Value stream_writable(Value self, const Value *args, size_t nargs, Value kwnames) {
    return v_from_bool(as_stream(self)->fd != 0);
}
static Value stream_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    return v_newref(self);
}
static Value stream_noop(Value self, const Value *args, size_t nargs, Value kwnames) {
    return V_NONE;
}

static Value stream_repr(Value self) {
    StreamObject *s = as_stream(self);
    return str_printf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s->name, s->fd ? "w" : "r");
}

static Value stream_get_name(Value self) { return str_from_cstr(as_stream(self)->name); }
static Value stream_get_mode(Value self) { return str_from_cstr(as_stream(self)->fd ? "w" : "r"); }
static Value stream_get_encoding(Value self) { return str_from_cstr("utf-8"); }
static Value stream_get_errors(Value self) {
    return str_from_cstr(as_stream(self)->fd == 2 ? "backslashreplace" : "strict");
}
static Value stream_get_closed(Value self) { return V_FALSE; }
static Value stream_get_line_buffering(Value self) {
    return v_from_bool(as_stream(self)->fd == 2 || isatty(as_stream(self)->fd));
}

/* ---- sys.stdout.buffer and friends: the binary layer under each stream.
 * Writes to stdout go through print()'s buffer so text and bytes keep
 * their order. */
typedef struct BufferObject {
    Object ob;
    int fd;
    const char *name;
} BufferObject;

static TypeObject BufferReaderType, BufferWriterType;
static BufferObject stdin_buffer = { OBJECT_HEAD_INIT(&BufferReaderType), 0, "<stdin>" };
static BufferObject stdout_buffer = { OBJECT_HEAD_INIT(&BufferWriterType), 1, "<stdout>" };
static BufferObject stderr_buffer = { OBJECT_HEAD_INIT(&BufferWriterType), 2, "<stderr>" };

static inline BufferObject *as_buffer(Value v) { return (BufferObject *)v_as_obj(v); }

static Value buffer_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("write", nargs, kwnames, 1, 1) < 0) return V_NULL;
    BufferObject *b = as_buffer(self);
    const uint8_t *p;
    int64_t len;
    if (!bytes_like_view(args[0], &p, &len))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(args[0]));
    const char *data = p ? (const char *)p : "";
    size_t n = (size_t)len;
    if (b->fd == 0) return err_format(&Exc_OSError, "write");   /* io.UnsupportedOperation's text */
    if (b->fd == 1) {
        if (builtins_write_stdout(data, n) < 0) return err_format(&Exc_OSError, "[Errno 32] Broken pipe");
    } else if (n && fwrite(data, 1, n, stderr) != n) {
        return err_format(&Exc_OSError, "cannot write to stderr");
    }
    return int_from_i64((int64_t)n);
}

static Value buffer_writelines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("writelines", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    Value x;
    while (!v_is_null(x = obj_iternext(it))) {
        Value r = buffer_write(self, &x, 1, V_NULL);
        v_decref(x);
        if (v_is_null(r)) { v_decref(it); return V_NULL; }
        v_decref(r);
    }
    v_decref(it);
    return err_occurred() ? V_NULL : V_NONE;
}

static Value buffer_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("flush", nargs, kwnames, 0, 0) < 0) return V_NULL;
    BufferObject *b = as_buffer(self);
    if (b->fd == 1 && builtins_flush_stdout() < 0) return err_format(&Exc_OSError, "[Errno 32] Broken pipe");
    if (b->fd == 2) fflush(stderr);
    return V_NONE;
}

/* read([n]) / read1([n]) on stdin's buffer: bytes from C's stdin (the FILE
 * input() and sys.stdin read too, so the layers share one buffer). */
static Value buffer_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("read", nargs, kwnames, 0, 1) < 0) return V_NULL;
    int64_t want = -1;
    if (nargs == 1 && args[0] != V_NONE && int_as_i64(args[0], &want) < 0) return V_NULL;
    if (builtins_flush_stdout() < 0) { /* prompts first, as input() */ }
    StrBuilder sb;
    sb_init(&sb);
    char chunk[8192];
    while (want < 0 || (int64_t)sb.len < want) {
        size_t ask = want < 0 ? sizeof chunk : (size_t)(want - (int64_t)sb.len);
        if (ask > sizeof chunk) ask = sizeof chunk;
        size_t got = fread(chunk, 1, ask, stdin);
        if (got == 0) break;
        sb_append(&sb, chunk, got);
    }
    Value r = bytes_new(sb.buf ? sb.buf : "", sb.len);
    sb_discard(&sb);
    return r;
}

/* One line (at most `limit` bytes when limit >= 0), b"" at EOF. */
static Value read_buffer_line(int64_t limit) {
    if (builtins_flush_stdout() < 0) { /* prompts first */ }
    StrBuilder sb;
    sb_init(&sb);
    int c;
    while ((limit < 0 || (int64_t)sb.len < limit) && (c = getc(stdin)) != EOF) {
        char ch = (char)c;
        sb_append(&sb, &ch, 1);
        if (ch == '\n') break;
    }
    Value r = bytes_new(sb.buf ? sb.buf : "", sb.len);
    sb_discard(&sb);
    return r;
}

static Value buffer_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("readline", nargs, kwnames, 0, 1) < 0) return V_NULL;
    int64_t limit = -1;
    if (nargs == 1 && args[0] != V_NONE && int_as_i64(args[0], &limit) < 0) return V_NULL;
    return read_buffer_line(limit);
}

static Value buffer_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("readlines", nargs, kwnames, 0, 1) < 0) return V_NULL;
    int64_t hint = -1, total = 0;
    if (nargs == 1 && args[0] != V_NONE && int_as_i64(args[0], &hint) < 0) return V_NULL;
    Value l = list_new(0);
    while (!v_is_null(l)) {
        Value line = read_buffer_line(-1);
        if (v_is_null(line)) { v_clear(&l); break; }
        int64_t n = ((BytesObject *)v_as_obj(line))->size;
        if (n == 0) { v_decref(line); break; }
        if (list_append_steal(l, line) < 0) { v_clear(&l); break; }
        if (hint > 0) {       /* as io's readlines: stop once the total passes hint */
            if (n > hint - total) break;
            total += n;
        }
    }
    return l;
}

static Value buffer_iternext(Value self) {
    Value line = read_buffer_line(-1);
    if (v_is_null(line) || ((BytesObject *)v_as_obj(line))->size > 0) return line;
    v_decref(line);
    return V_NULL;
}

static Value buffer_repr(Value self) {
    return str_printf("<%s name='%s'>", v_type_name(self), as_buffer(self)->name);
}
static Value buffer_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("fileno", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_smallint(as_buffer(self)->fd);
}
static Value buffer_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("isatty", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_bool(isatty(as_buffer(self)->fd));
}
static Value buffer_readable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("readable", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_bool(as_buffer(self)->fd == 0);
}
static Value buffer_writable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("writable", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_bool(as_buffer(self)->fd != 0);
}
static Value buffer_seekable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("seekable", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_bool(lseek(as_buffer(self)->fd, 0, SEEK_CUR) >= 0);
}
static Value buffer_get_name(Value self) { return str_from_cstr(as_buffer(self)->name); }
static Value buffer_get_mode(Value self) { return str_from_cstr(as_buffer(self)->fd ? "wb" : "rb"); }
static Value buffer_get_closed(Value self) { return V_FALSE; }

static const MethodDef buffer_reader_methods[] = {
    {"read", buffer_read, 0, NULL},
    {"read1", buffer_read, 0, NULL},
    {"readline", buffer_readline, 0, NULL},
    {"readlines", buffer_readlines, 0, NULL},
    {"fileno", buffer_fileno, 0, NULL},
    {"isatty", buffer_isatty, 0, NULL},
    {"readable", buffer_readable, 0, NULL},
    {"writable", buffer_writable, 0, NULL},
    {"seekable", buffer_seekable, 0, NULL},
    {"close", stream_noop, 0, NULL},
    {"__enter__", stream_enter, 0, NULL},
    {"__exit__", stream_noop, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef buffer_writer_methods[] = {
    {"write", buffer_write, 0, NULL},
    {"writelines", buffer_writelines, 0, NULL},
    {"flush", buffer_flush, 0, NULL},
    {"fileno", buffer_fileno, 0, NULL},
    {"isatty", buffer_isatty, 0, NULL},
    {"readable", buffer_readable, 0, NULL},
    {"writable", buffer_writable, 0, NULL},
    {"seekable", buffer_seekable, 0, NULL},
    {"close", stream_noop, 0, NULL},
    {"__enter__", stream_enter, 0, NULL},
    {"__exit__", stream_noop, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef buffer_getset[] = {
    {"name", buffer_get_name, NULL},
    {"mode", buffer_get_mode, NULL},
    {"closed", buffer_get_closed, NULL},
    {NULL, NULL, NULL},
};

static TypeObject BufferReaderType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_io.BufferedReader",
    .base = &ObjectType,
    .basicsize = sizeof(BufferObject),
    .repr = buffer_repr,
    .iter = stream_iter,
    .iternext = buffer_iternext,
    .methods = buffer_reader_methods,
    .getset = buffer_getset,
};

static TypeObject BufferWriterType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_io.BufferedWriter",
    .base = &ObjectType,
    .basicsize = sizeof(BufferObject),
    .repr = buffer_repr,
    .methods = buffer_writer_methods,
    .getset = buffer_getset,
};

static Value stream_get_buffer(Value self) {
    int fd = as_stream(self)->fd;
    BufferObject *b = fd == 0 ? &stdin_buffer : fd == 1 ? &stdout_buffer : &stderr_buffer;
    return v_newref(v_from_obj(&b->ob));
}

/* reconfigure(): coil's standard streams are UTF-8 text; other settings
 * are checked (an unknown encoding is a LookupError) and kept as they are. */
static Value stream_reconfigure(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through"};
    Value a[5];
    if (args_parse("reconfigure", args, nargs, kwnames, names, 5, 0, 0, a) < 0) return V_NULL;
    if (!v_is_null(a[0]) && a[0] != V_NONE) {
        if (!v_is_str(a[0]))
            return err_format(&Exc_TypeError, "reconfigure() argument 'encoding' must be str or None, not %s",
                              v_type_name(a[0]));
        Value probe = codec_encode(str_intern_cstr(""), str_data(a[0]), "strict");
        if (v_is_null(probe)) return V_NULL;
        v_decref(probe);
    }
    return V_NONE;
}

static const MethodDef stream_methods[] = {
    {"reconfigure", stream_reconfigure, 0, NULL},
    {"write", stream_write, 0, NULL},
    {"flush", stream_flush, 0, NULL},
    {"readline", stream_readline, 0, NULL},
    {"read", stream_read, 0, NULL},
    {"readlines", stream_readlines, 0, NULL},
    {"isatty", stream_isatty, 0, NULL},
    {"fileno", stream_fileno, 0, NULL},
    {"readable", stream_readable, 0, NULL},
    {"writable", stream_writable, 0, NULL},
    {"seekable", stream_readable, 0, NULL},
    {"close", stream_noop, 0, NULL},
    {"__enter__", stream_enter, 0, NULL},
    {"__exit__", stream_noop, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef stream_getset[] = {
    {"name", stream_get_name, NULL},
    {"mode", stream_get_mode, NULL},
    {"encoding", stream_get_encoding, NULL},
    {"errors", stream_get_errors, NULL},
    {"closed", stream_get_closed, NULL},
    {"line_buffering", stream_get_line_buffering, NULL},
    {"buffer", stream_get_buffer, NULL},
    {NULL, NULL, NULL},
};

static TypeObject StreamType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_io.TextIOWrapper",
    .base = &ObjectType,
    .basicsize = sizeof(StreamObject),
    .repr = stream_repr,
    .iter = stream_iter,
    .iternext = stream_iternext,
    .methods = stream_methods,
    .getset = stream_getset,
};

/* ---- functions --------------------------------------------------------------------- */

static Value sys_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("exit", nargs, kwnames, 0, 1) < 0) return V_NULL;
    if (nargs == 0) return err_set_none(&Exc_SystemExit);
    return err_set_value(&Exc_SystemExit, args[0]);
}

/* The green-thread scheduler's switch interval (vm/modules/thread.c). */
extern volatile double thread_switch_interval;

static Value sys_getswitchinterval(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (args_check_positional("getswitchinterval", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_float(thread_switch_interval);
}

static Value sys_setswitchinterval(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("setswitchinterval", nargs, kwnames, 1, 1) < 0) return V_NULL;
    double d;
    int c = float_coerce(args[0], &d);
    if (c < 0) return V_NULL;
    if (c == 0) return err_format(&Exc_TypeError, "must be real number, not %s", v_type_name(args[0]));
    if (!(d > 0)) return err_format(&Exc_ValueError, "switch interval must be strictly positive");
    thread_switch_interval = d;
    return V_NONE;
}

static Value sys_getrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("getrecursionlimit", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_from_smallint(eval_get_recursion_limit());
}

static Value sys_setrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("setrecursionlimit", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (v_is_float(args[0])) return err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (obj_as_index_i64(args[0], &n) < 0) return V_NULL;
    if (n < 1) return err_format(&Exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX) return err_format(&Exc_OverflowError, "Python int too large to convert to C int");
    /* The depth counts this call's frame as CPython's does. */
    int depth = eval_ts.depth;
    if (n <= depth)
        return err_format(&Exc_RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                          (int)n, depth);
    eval_set_recursion_limit((int)n);
    return V_NONE;
}

static Value sys_get_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("get_int_max_str_digits", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return int_from_i64(int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"maxdigits"};
    Value a[1];
    if (args_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return V_NULL;
    int64_t n;
    if (v_is_float(a[0])) return err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    if (obj_as_index_i64(a[0], &n) < 0) return V_NULL;
    if (n != 0 && n < 640) return err_format(&Exc_ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = n;
    return V_NONE;
}

static Value sys_intern(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("intern", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_type(args[0], &StrType))
        return err_format(&Exc_TypeError, "intern() argument must be str, not %s", v_type_name(args[0]));
    return str_intern_value(v_newref(args[0]));
}

static Value sys_exc_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("exc_info", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value e = eval_current_exception();
    if (v_is_null(e) || e == V_NONE) return tuple_pack(3, V_NONE, V_NONE, V_NONE);
    ExceptionObject *x = (ExceptionObject *)v_as_obj(e);
    return tuple_pack(3, v_from_obj(&v_type(e)->ob), e, x->traceback);
}

/* sys._getframe([depth]): a snapshot frame object (vm/frameobject.c) for
 * the frame depth calls below the caller, with its f_back chain. */
static Value sys_getframe(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("_getframe", nargs, kwnames, 0, 1) < 0) return V_NULL;
    int64_t depth = 0;
    if (nargs == 1) {
        if (!v_is_int(args[0])) {
            Value i = obj_index(args[0]);
            if (v_is_null(i)) return V_NULL;
            int r = int_as_i64(i, &depth);
            v_decref(i);
            if (r < 0) return V_NULL;
        } else if (int_as_i64(args[0], &depth) < 0) {
            return V_NULL;
        }
    }
    Frame *f = eval_ts.frame;
    while (f && !f->code) f = f->previous;
    for (; depth > 0 && f; depth--) {
        f = f->previous;
        while (f && !f->code) f = f->previous;
    }
    if (!f) return err_format(&Exc_ValueError, "call stack is not deep enough");
    return frame_object_new(f);
}

/* sys.settrace / setprofile / gettrace / getprofile (vm/trace.h). */
static Value sys_settrace(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("settrace", nargs, kwnames, 1, 1) < 0) return V_NULL;
    trace_set_trace(args[0]);
    return V_NONE;
}
static Value sys_setprofile(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("setprofile", nargs, kwnames, 1, 1) < 0) return V_NULL;
    trace_set_profile(args[0]);
    return V_NONE;
}
static Value sys_gettrace(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (args_check_positional("gettrace", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_is_null(trace_state.tracefunc) ? V_NONE : v_newref(trace_state.tracefunc);
}
static Value sys_getprofile(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (args_check_positional("getprofile", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return v_is_null(trace_state.profilefunc) ? V_NONE : v_newref(trace_state.profilefunc);
}

static Value sys_segment_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("_coil_segment_info", nargs, kwnames, 1, 1) < 0) return V_NULL;
    return exc_segment_info(args[0]);
}

static Value sys_exception(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("exception", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value e = eval_current_exception();
    return v_is_null(e) ? V_NONE : v_newref(e);
}

/* sys.getsizeof: CPython's numbers for the common builtin types on a
 * 64-bit build, so programs that print sizes print plausible ones. */
int64_t obj_sizeof_estimate(Value v, int64_t *header) {
    TypeObject *t = v_type(v);
    int64_t size;
    bool gc = t == &TupleType || t == &ListType || t == &DictType || t == &SetType ||
              t == &FrozenSetType || (t->flags & TPFLAG_HAVE_GC);
    *header = gc ? 16 : 0;
    if (t->flags & TPFLAG_HEAPTYPE) {
        /* A class over object: CPython's object header, one word per
         * __slots__ name, a __weakref__ word with a __dict__; getsizeof adds
         * the collector's header and, with a __dict__, the two-word
         * pre-header that holds it. */
        TypeObject *b = t;
        int64_t nslots = 0;
        while (b && (b->flags & TPFLAG_HEAPTYPE)) {
            Value sl = as_heaptype(b)->slots;
            if (v_is_tuple(sl)) nslots += tuple_size(sl);
            b = b->base;
        }
        if (b == &ObjectType) {
            *header = t->dictoffset ? 32 : 16;
            return 16 + 8 * nslots + (t->dictoffset ? 8 : 0) + *header;
        }
    }
    if (v == V_NONE) size = 16;
    else if (t == &BoolType) size = v == V_TRUE ? 28 : 24;
    else if (t == &IntType) {
        /* 3.11 gives 0 one digit too: 28 bytes. */
        if (v_is_smallint(v) && v_as_smallint(v) == 0) size = 28;
        else {
            mpz_t z;
            mpz_init(z);
            int_to_mpz(v, z);
            size_t bits = mpz_sizeinbase(z, 2);
            mpz_clear(z);
            size = 24 + 4 * (int64_t)((bits + 29) / 30);
        }
    } else if (t == &FloatType) size = 24;
    else if (t == &StrType) {
        int64_t n = str_len(v);
        if (str_nbytes(v) == n) size = 49 + n;
        else {
            /* Widest code point decides CPython's storage kind. */
            const unsigned char *p = (const unsigned char *)str_data(v);
            int kind = 1;
            for (int64_t i = 0; i < str_nbytes(v); i++) {
                if (p[i] >= 0xF0) { kind = 4; break; }
                if (p[i] >= 0xE0) kind = 2;
                else if (p[i] >= 0xC4 && kind < 2) kind = 2;
            }
            size = (kind == 1 ? 73 : 74) + n * kind + (kind == 1 ? 0 : kind - 1);
        }
    } else if (t == &TupleType) size = 40 + 8 * tuple_size(v);
    else if (t == &ListType) size = 56 + 8 * ((ListObject *)v_as_obj(v))->capacity;
    else if (t == &BytesType) size = 33 + obj_len(v);
    else if (t == &DictType) size = dict_size(v) == 0 ? 64 : 64 + 8 * ((DictObject *)v_as_obj(v))->capacity * 3;
    else if (t == &SetType || t == &FrozenSetType) size = 216;
    else size = (int64_t)(t->basicsize ? t->basicsize : sizeof(Object)) + ((t->flags & TPFLAG_HAVE_GC) ? 16 : 0);
    if ((t->flags & TPFLAG_HEAPTYPE) && t->dictoffset) {
        size += 16;   /* the __dict__ pre-header of a subclass of a builtin */
        *header += 16;
    }
    return size;
}

static Value sys_getsizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("getsizeof", nargs, kwnames, 1, 2) < 0) return V_NULL;
    Value v = args[0];
    int64_t header;
    int64_t size = obj_sizeof_estimate(v, &header);
    /* A class's own __sizeof__ written in Python is what getsizeof reports
     * (plus the collector's header), as CPython. */
    Value f = type_lookup(v_type(v), str_intern_cstr("__sizeof__"));
    if (!v_is_null(f) && v_is_function(f)) {
        Value r = obj_call(f, &v, 1, V_NULL);
        if (v_is_null(r)) return V_NULL;
        if (!v_is_int_or_bool(r)) {
            v_decref(r);
            return err_format(&Exc_TypeError, "an integer is required");
        }
        int64_t n;
        int e = int_as_i64(r, &n);
        v_decref(r);
        if (e < 0) return V_NULL;
        if (n < 0) return err_format(&Exc_ValueError, "__sizeof__() should return >= 0");
        size = n + header;
    }
    return int_from_i64(size);
}

/* sys.excepthook(type, value, traceback): what an uncaught exception
 * prints (sys.__excepthook__ is the same object). */
static Value sys_excepthook(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_check_positional("excepthook", nargs, kwnames, 3, 3) < 0) return V_NULL;
    Value v = args[1];
    if (!v_is_exception(v)) {
        builtins_flush_stdout();
        Value r = obj_repr(v);
        if (v_is_null(r)) return V_NULL;
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                v_type_name(v));
        v_decref(r);
        return V_NONE;
    }
    builtins_flush_stdout();
    exc_print(v);
    return V_NONE;
}

Value sys_excepthook_override(void) {
    Value sys = import_sys_module();
    if (v_is_null(sys)) return V_NULL;
    Value h = dict_get_cstr(module_dict(sys), "excepthook");
    Value orig = dict_get_cstr(module_dict(sys), "__excepthook__");
    if (v_is_null(h) || h == orig) return V_NULL;
    return h;
}

static Value sys_getrefcount(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_check_positional("sys.getrefcount", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value v = args[0];
    /* The count as it stands: it already includes the reference the
     * caller's operand stack holds for the argument, the "+1" CPython's
     * documentation speaks of. Inline values (small ints, floats, None,
     * bools) have no count; they report a large one, like an immortal. */
    return int_from_i64(v_is_ptr(v) ? v_as_obj(v)->refcnt : (int64_t)1 << 32);
}

static Value sys_getdefaultencoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    return str_from_cstr("utf-8");
}

static Value sys_get_asyncgen_hooks(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (args_check_positional("get_asyncgen_hooks", nargs, kwnames, 0, 0) < 0) return V_NULL;
    Value fi, fin;
    async_gen_get_hooks(&fi, &fin);
    Value items[2] = {v_is_null(fi) ? V_NONE : v_newref(fi), v_is_null(fin) ? V_NONE : v_newref(fin)};
    return structseq_new(&asyncgen_hooks_type, items, 2);
}

static Value sys_set_asyncgen_hooks(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"firstiter", "finalizer"};
    Value a[2];
    if (args_parse("set_asyncgen_hooks", args, nargs, kwnames, names, 2, 0, 0, a) < 0) return V_NULL;
    for (int i = 0; i < 2; i++)
        if (!v_is_null(a[i]) && a[i] != V_NONE && !v_type(a[i])->call && !type_is_subtype(v_type(a[i]), &TypeType))
            return err_format(&Exc_TypeError, "callable %s expected, got %s", names[i], v_type_name(a[i]));
    async_gen_set_hooks(a[0], a[1]);
    return V_NONE;
}

static const MethodDef sys_methods[] = {
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0, NULL},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, 0, NULL},
    {"exit", sys_exit, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"displayhook", repl_sys_displayhook, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"setswitchinterval", sys_setswitchinterval, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"settrace", sys_settrace, 0, NULL},
    {"setprofile", sys_setprofile, 0, NULL},
    {"gettrace", sys_gettrace, 0, NULL},
    {"getprofile", sys_getprofile, 0, NULL},
    {"_coil_segment_info", sys_segment_info, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- module creation -------------------------------------------------------------- */

Value sys_stdout_redirect(void) {
    Value sys = import_sys_module();
    if (v_is_null(sys)) return V_NULL;
    Value so = dict_get_cstr(module_dict(sys), "stdout");
    if (v_is_null(so) || so == v_from_obj(&stdout_obj.ob)) return V_NULL;
    return so;
}

Value sys_builtin_stdout(void) { return v_from_obj(&stdout_obj.ob); }

static Value make_version_info(void) {
    Value items[5] = {v_from_smallint(3), v_from_smallint(11), v_from_smallint(7),
                      str_from_cstr("final"), v_from_smallint(0)};
    return structseq_new(&version_info_type, items, 5);
}

static Value make_argv(void) {
    int argc = coil_argc();
    char **argv = coil_argv();
    Value l = list_new(argc > 0 ? argc : 1);
    if (v_is_null(l)) return V_NULL;
    if (argc <= 0) {
        if (list_append(l, str_intern_cstr("")) < 0) v_clear(&l);
        return l;
    }
    for (int i = 0; i < argc && !v_is_null(l); i++) {
        Value s = str_new_checked(argv[i], strlen(argv[i]));
        if (v_is_null(s) || list_append_steal(l, s) < 0) v_clear(&l);
    }
    return l;
}

/* os.path.abspath(entry) for a COILPATH entry, as CPython makes PYTHONPATH
 * entries absolute: joined to the current directory ("" is the current
 * directory itself), "." and ".." and repeated slashes removed. New str
 * reference, V_NULL on error. */
static Value abspath_entry(const char *entry, size_t n) {
    char cwd[4096];
    bool rel = n == 0 || entry[0] != '/';
    if (rel && !getcwd(cwd, sizeof cwd)) cwd[0] = '\0';
    StrBuilder in;
    sb_init(&in);
    if (rel) sb_append_cstr(&in, cwd);
    sb_append_char(&in, '/');
    sb_append(&in, entry, n);
    Value joined = sb_finish(&in);
    if (v_is_null(joined)) return V_NULL;
    const char *p = str_data(joined), *end = p + str_nbytes(joined);
    /* Components go to out; a ".." drops the last one written. */
    char *out = malloc((size_t)str_nbytes(joined) + 2);
    if (!out) { v_decref(joined); return err_nomem(); }
    size_t len = 0;
    while (p < end) {
        while (p < end && *p == '/') p++;
        const char *q = p;
        while (q < end && *q != '/') q++;
        size_t c = (size_t)(q - p);
        if (c == 0 || (c == 1 && p[0] == '.')) {
        } else if (c == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--;
        } else {
            out[len++] = '/';
            memcpy(out + len, p, c);
            len += c;
        }
        p = q;
    }
    if (len == 0) out[len++] = '/';
    Value r = str_new_checked(out, len);
    free(out);
    v_decref(joined);
    return r;
}

/* Appends the entries of $COILPATH (colon-separated, like PYTHONPATH). */
static int append_coilpath(Value path) {
    const char *env = getenv("COILPATH");
    if (!env || !*env) return 0;
    for (const char *p = env;;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        Value e = abspath_entry(p, n);
        if (v_is_null(e) || list_append_steal(path, e) < 0) return -1;
        if (!colon) return 0;
        p = colon + 1;
    }
}

static Value make_executable(void) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) return str_from_cstr("");
    return str_new_checked(buf, (size_t)n);
}

static int set_value(Value d, const char *name, Value v) {
    if (v_is_null(v)) return -1;
    int r = dict_set_cstr(d, name, v);
    v_decref(v);
    return r;
}

Value sys_module_init(void) {
    static bool types_ready;
    if (!types_ready) {
        TypeObject *types[] = {&version_info_type.type, &float_info_type.type, &int_info_type.type,
                               &hash_info_type.type, &flags_type.type, &asyncgen_hooks_type.type, &NamespaceType, &StreamType, &BufferReaderType, &BufferWriterType};
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (type_ready(types[i]) < 0) return V_NULL;
        types_ready = true;
    }
    Value m = registry_module_new("sys", sys_methods);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);

    /* sys.path: the script's directory (import_set_script_path fills it
     * in), the COILPATH entries, then coil's own library. */
    Value path = list_new(2);
    if (v_is_null(path) || list_append(path, str_intern_cstr("")) < 0 || append_coilpath(path) < 0 ||
        list_append(path, str_intern_cstr(IMPORT_LIB_ENTRY)) < 0 || set_value(d, "path", path) < 0)
        goto fail;
    if (dict_set_cstr(d, "modules", import_modules()) < 0) goto fail;
    /* the original hook, the same object (sys.displayhook is sys.__displayhook__) */
    Value hook = dict_get_cstr(d, "displayhook");
    if (!v_is_null(hook) && dict_set_cstr(d, "__displayhook__", hook) < 0) goto fail;
    hook = dict_get_cstr(d, "excepthook");
    if (!v_is_null(hook) && dict_set_cstr(d, "__excepthook__", hook) < 0) goto fail;
    if (set_value(d, "argv", make_argv()) < 0) goto fail;
    Value orig = make_argv();
    if (set_value(d, "orig_argv", orig) < 0) goto fail;

    if (set_value(d, "version", str_from_cstr("3.11.7 (coil " COIL_VERSION ")")) < 0) goto fail;
    if (set_value(d, "version_info", make_version_info()) < 0) goto fail;
    if (set_value(d, "hexversion", int_from_i64(0x030b07f0)) < 0) goto fail;
    if (set_value(d, "api_version", v_from_smallint(1013)) < 0) goto fail;
    if (set_value(d, "platform", str_from_cstr("linux")) < 0) goto fail;
    if (set_value(d, "byteorder", str_from_cstr("little")) < 0) goto fail;
    if (set_value(d, "maxsize", int_from_i64(INT64_MAX)) < 0) goto fail;
    if (set_value(d, "maxunicode", v_from_smallint(0x10FFFF)) < 0) goto fail;
    if (set_value(d, "executable", make_executable()) < 0) goto fail;
    if (set_value(d, "_base_executable", make_executable()) < 0) goto fail;
    if (set_value(d, "prefix", str_from_cstr("/usr/local")) < 0) goto fail;
    if (set_value(d, "base_prefix", str_from_cstr("/usr/local")) < 0) goto fail;
    if (set_value(d, "exec_prefix", str_from_cstr("/usr/local")) < 0) goto fail;
    if (set_value(d, "base_exec_prefix", str_from_cstr("/usr/local")) < 0) goto fail;
    if (set_value(d, "platlibdir", str_from_cstr("lib")) < 0) goto fail;
    if (set_value(d, "float_repr_style", str_from_cstr("short")) < 0) goto fail;
    /* The import system writes __pycache__ files unless this is true
     * (CPython's PYTHONDONTWRITEBYTECODE is COILDONTWRITEBYTECODE here). */
    const char *dwb = getenv("COILDONTWRITEBYTECODE");
    if (set_value(d, "dont_write_bytecode", v_from_bool(dwb && *dwb)) < 0) goto fail;
    if (set_value(d, "builtin_module_names", registry_names_tuple()) < 0) goto fail;
    if (set_value(d, "warnoptions", list_new(0)) < 0) goto fail;
    if (set_value(d, "_xoptions", dict_new()) < 0) goto fail;
    if (set_value(d, "meta_path", list_new(0)) < 0) goto fail;
    if (set_value(d, "path_hooks", list_new(0)) < 0) goto fail;
    if (set_value(d, "path_importer_cache", dict_new()) < 0) goto fail;

    {
        /* GCC's predefined macros: <float.h> is shadowed by vm/float.h on
         * the include path. */
        Value fi[11] = {v_from_float(__DBL_MAX__), v_from_smallint(__DBL_MAX_EXP__), v_from_smallint(__DBL_MAX_10_EXP__),
                        v_from_float(__DBL_MIN__), v_from_smallint(__DBL_MIN_EXP__), v_from_smallint(__DBL_MIN_10_EXP__),
                        v_from_smallint(__DBL_DIG__), v_from_smallint(__DBL_MANT_DIG__), v_from_float(__DBL_EPSILON__),
                        v_from_smallint(__FLT_RADIX__), v_from_smallint(1)};
        if (set_value(d, "float_info", structseq_new(&float_info_type, fi, 11)) < 0) goto fail;
        Value ii[4] = {v_from_smallint(30), v_from_smallint(4), v_from_smallint(4300), v_from_smallint(640)};
        if (set_value(d, "int_info", structseq_new(&int_info_type, ii, 4)) < 0) goto fail;
        Value hi[9] = {v_from_smallint(64), int_from_i64(((int64_t)1 << 61) - 1), v_from_smallint(314159),
                       v_from_smallint(0), v_from_smallint(1000003), str_from_cstr("siphash13"),
                       v_from_smallint(64), v_from_smallint(128), v_from_smallint(0)};
        if (set_value(d, "hash_info", structseq_new(&hash_info_type, hi, 9)) < 0) goto fail;
        Value fl[18];
        for (int i = 0; i < 18; i++) fl[i] = v_from_smallint(0);
        fl[11] = v_from_smallint(1);      /* hash_randomization */
        fl[13] = V_FALSE;                 /* dev_mode */
        fl[14] = v_from_smallint(1);      /* utf8_mode */
        fl[16] = V_FALSE;                 /* safe_path */
        fl[17] = v_from_smallint(-1);     /* int_max_str_digits */
        if (set_value(d, "flags", structseq_new(&flags_type, fl, 18)) < 0) goto fail;
    }
    {
        NamespaceObject *ns = (NamespaceObject *)obj_alloc(&NamespaceType, sizeof *ns);
        if (!ns) goto fail;
        ns->dict = V_NULL;    /* ns is tracked: dict_new may collect */
        ns->dict = dict_new();
        Value nsv = v_from_obj(ns);
        if (v_is_null(ns->dict) || set_value(ns->dict, "name", str_from_cstr("coil")) < 0 ||
            set_value(ns->dict, "cache_tag", str_from_cstr(pycache_tag())) < 0 ||
            set_value(ns->dict, "version", make_version_info()) < 0 ||
            set_value(ns->dict, "hexversion", int_from_i64(0x030b07f0)) < 0 ||
            set_value(ns->dict, "_multiarch", str_from_cstr("x86_64-linux-gnu")) < 0 ||
            set_value(d, "implementation", nsv) < 0)
            goto fail;
    }
    struct { const char *name; StreamObject *s; } streams[] = {
        {"stdin", &stdin_obj}, {"stdout", &stdout_obj}, {"stderr", &stderr_obj},
        {"__stdin__", &stdin_obj}, {"__stdout__", &stdout_obj}, {"__stderr__", &stderr_obj},
    };
    for (size_t i = 0; i < sizeof streams / sizeof streams[0]; i++)
        if (dict_set_cstr(d, streams[i].name, v_from_obj(&streams[i].s->ob)) < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}
