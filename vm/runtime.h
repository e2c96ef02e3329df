/* runtime.h: starting and stopping the VM: readying the builtin types, the
 * builtins module, the __main__ module. */
#ifndef COIL_RUNTIME_H
#define COIL_RUNTIME_H

#include "object.h"

/* -X options, parsed by main.c and read by later tiers. */
typedef struct RuntimeOptions {
    int jit;               /* 0 off, 1 llvm, 2 gccjit */
    bool specialize;
    long jit_threshold;    /* -1: default */
    bool perf;
    int jit_async;         /* -X jit-async=on|off: -1 default (on), 0 off, 1 on */
} RuntimeOptions;
extern RuntimeOptions runtime_options;

/* Returns -1 (message printed to stderr) if the runtime cannot start. */
int runtime_init(void);
/* Flushes stdout; returns -1 if that failed (e.g. a closed pipe). */
int runtime_finalize(void);

/* Borrowed references, valid after runtime_init. */
Value runtime_builtins(void);        /* the builtins dict */
Value runtime_builtins_module(void);
Value runtime_main_module(void);
Value runtime_main_dict(void);       /* __main__'s globals */

/* Sets a -X option ("jit=off", "perf", ...); unknown names are ignored. */
void runtime_set_xoption(const char *opt);

/* builtins.c: fills the builtins dict (called by runtime_init). */
int builtins_init(Value dict);
/* The buffered stdout writer print() uses; flushed by runtime_finalize.
 * Returns -1 on an I/O error (errno set). */
int builtins_write_stdout(const char *s, size_t n);
int builtins_flush_stdout(void);
/* -u / PYTHONUNBUFFERED: every write to stdout goes out at once. */
void builtins_set_unbuffered(bool on);

/* iterators.c: enumerate, zip, map, filter, reversed types. */
extern TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType, CallableIterType;
extern TypeObject ListRevIterType, DictRevKeyIterType;
Value list_reversed_iter(Value list);  /* list.__reversed__ */
Value dict_reversed_iter(Value dict);  /* dict.__reversed__ (over a snapshot of the keys) */
/* enumerate's next step without the tuple (FOR_ITER_ENUMERATE): 1 with new
 * references in *idx and *item, 0 when exhausted (or an error is pending). */
int enumerate_next_pair(Value self, Value *idx, Value *item);
/* iter(callable, sentinel). New reference. */
Value callable_iter_new(Value callable, Value sentinel);

#endif
