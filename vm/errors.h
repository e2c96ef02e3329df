/* errors.h: the pending exception and the builtin exception types.
 *
 * At most one exception is pending at a time (single-threaded VM). A
 * function that fails sets it and returns its error marker (V_NULL or -1);
 * callers propagate the marker without touching the exception, or clear it
 * when they handle it (e.g. getattr with a default).
 */
#ifndef COIL_ERRORS_H
#define COIL_ERRORS_H

#include <stdarg.h>
#include "object.h"

/* The builtin exception hierarchy: EXC(name, base). Order matters: a base
 * comes before its subclasses. Each becomes `TypeObject Exc_<name>` whose
 * Python name is <name>. */
#define EXCEPTION_TYPES(EXC) \
    EXC(BaseException, ObjectType) \
    EXC(SystemExit, Exc_BaseException) \
    EXC(KeyboardInterrupt, Exc_BaseException) \
    EXC(GeneratorExit, Exc_BaseException) \
    EXC(Exception, Exc_BaseException) \
    EXC(StopIteration, Exc_Exception) \
    EXC(StopAsyncIteration, Exc_Exception) \
    EXC(ArithmeticError, Exc_Exception) \
    EXC(FloatingPointError, Exc_ArithmeticError) \
    EXC(OverflowError, Exc_ArithmeticError) \
    EXC(ZeroDivisionError, Exc_ArithmeticError) \
    EXC(AssertionError, Exc_Exception) \
    EXC(AttributeError, Exc_Exception) \
    EXC(BufferError, Exc_Exception) \
    EXC(EOFError, Exc_Exception) \
    EXC(ImportError, Exc_Exception) \
    EXC(ModuleNotFoundError, Exc_ImportError) \
    EXC(LookupError, Exc_Exception) \
    EXC(IndexError, Exc_LookupError) \
    EXC(KeyError, Exc_LookupError) \
    EXC(MemoryError, Exc_Exception) \
    EXC(NameError, Exc_Exception) \
    EXC(UnboundLocalError, Exc_NameError) \
    EXC(OSError, Exc_Exception) \
    EXC(FileNotFoundError, Exc_OSError) \
    EXC(FileExistsError, Exc_OSError) \
    EXC(PermissionError, Exc_OSError) \
    EXC(IsADirectoryError, Exc_OSError) \
    EXC(NotADirectoryError, Exc_OSError) \
    EXC(BlockingIOError, Exc_OSError) \
    EXC(ChildProcessError, Exc_OSError) \
    EXC(ConnectionError, Exc_OSError) \
    EXC(BrokenPipeError, Exc_ConnectionError) \
    EXC(ConnectionAbortedError, Exc_ConnectionError) \
    EXC(ConnectionRefusedError, Exc_ConnectionError) \
    EXC(ConnectionResetError, Exc_ConnectionError) \
    EXC(InterruptedError, Exc_OSError) \
    EXC(ProcessLookupError, Exc_OSError) \
    EXC(TimeoutError, Exc_OSError) \
    EXC(ReferenceError, Exc_Exception) \
    EXC(RuntimeError, Exc_Exception) \
    EXC(NotImplementedError, Exc_RuntimeError) \
    EXC(RecursionError, Exc_RuntimeError) \
    EXC(SyntaxError, Exc_Exception) \
    EXC(IndentationError, Exc_SyntaxError) \
    EXC(TabError, Exc_IndentationError) \
    EXC(SystemError, Exc_Exception) \
    EXC(TypeError, Exc_Exception) \
    EXC(ValueError, Exc_Exception) \
    EXC(UnicodeError, Exc_ValueError) \
    EXC(UnicodeDecodeError, Exc_UnicodeError) \
    EXC(UnicodeEncodeError, Exc_UnicodeError) \
    EXC(UnicodeTranslateError, Exc_UnicodeError) \
    EXC(Warning, Exc_Exception) \
    EXC(DeprecationWarning, Exc_Warning) \
    EXC(RuntimeWarning, Exc_Warning) \
    EXC(SyntaxWarning, Exc_Warning) \
    EXC(UserWarning, Exc_Warning) \
    EXC(PendingDeprecationWarning, Exc_Warning) \
    EXC(FutureWarning, Exc_Warning) \
    EXC(ImportWarning, Exc_Warning) \
    EXC(UnicodeWarning, Exc_Warning) \
    EXC(BytesWarning, Exc_Warning) \
    EXC(ResourceWarning, Exc_Warning) \
    EXC(EncodingWarning, Exc_Warning)

#define DECLARE_EXC(name, base) extern TypeObject Exc_##name;
EXCEPTION_TYPES(DECLARE_EXC)
#undef DECLARE_EXC

/* An exception instance. Subclasses with extra fields (SyntaxError,
 * StopIteration, OSError...) extend this struct in exceptions.c. */
typedef struct ExceptionObject {
    Object ob;
    Value args;              /* tuple */
    Value traceback;         /* Traceback object or V_NONE */
    Value context;           /* V_NONE or exception */
    Value cause;             /* V_NONE or exception */
    bool suppress_context;
    Value dict;              /* V_NULL until an attribute is set */
} ExceptionObject;

/* StopIteration carries .value (the generator's return value). */
typedef struct StopIterationObject {
    ExceptionObject base;
    Value value;
} StopIterationObject;

/* SyntaxError and subclasses. */
typedef struct SyntaxErrorObject {
    ExceptionObject base;
    Value msg, filename, lineno, offset, text, end_lineno, end_offset;
} SyntaxErrorObject;

/* One traceback entry per frame the exception passed through, newest last
 * in the chain as in CPython (tb_next points toward the raising frame). */
typedef struct TracebackObject {
    Object ob;
    Value next;                     /* Traceback or V_NONE */
    struct CodeObject *code;        /* strong reference */
    int lasti;                      /* byte offset of the instruction */
    int lineno;
    /* For tb_frame, made on first access (vm/frameobject.c): the frame's
     * globals and, for module/class code, its locals mapping (V_NULL for
     * function frames: their locals are not snapshotted while unwinding). */
    Value globals;                  /* strong */
    Value locals;                   /* strong or V_NULL */
    Value frame;                    /* the frame object once made, else V_NULL */
    /* The interpreter frame's address when the entry was made: never
     * dereferenced, only compared with the frames of the running chain
     * (tb_frame of a frame still executing is a full sys._getframe-style
     * snapshot of it). */
    const void *frame_addr;
} TracebackObject;
extern TypeObject TracebackType;

/* ---- raising ------------------------------------------------------------ */

/* Set the pending exception to type(msg), msg printf-formatted. Always
 * returns V_NULL so callers can `return err_format(...)`. */
Value err_format(TypeObject *type, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
Value err_vformat(TypeObject *type, const char *fmt, va_list ap);
/* type(arg) with one argument (any Value, e.g. KeyError(key)). Returns V_NULL. */
Value err_set_value(TypeObject *type, Value arg);
/* type() with no arguments. Returns V_NULL. */
Value err_set_none(TypeObject *type);
/* Raise an exception instance or class (as `raise x` does); steals exc. */
Value err_set_object(Value exc);
Value err_nomem(void);                 /* MemoryError */
/* Structured codec errors (CPython's .encoding/.object/.start/.end/.reason;
 * positions are byte offsets for decode, code points for encode). Both
 * return V_NULL. */
Value err_unicode_decode(const char *encoding, const void *data, int64_t n, int64_t start,
                         int64_t end, const char *reason);
Value err_unicode_encode(const char *encoding, Value str, int64_t start, int64_t end,
                         const char *reason);
/* "bad internal call" style SystemError with location; for "cannot happen". */
Value err_internal(const char *file, int line);
#define ERR_INTERNAL() err_internal(__FILE__, __LINE__)

/* ---- inspecting ---------------------------------------------------------- */

bool err_occurred(void);
/* Is the pending exception an instance of type (or a subclass)? */
bool err_matches(TypeObject *type);
/* Take the pending exception (new reference, V_NULL if none) and clear it. */
Value err_fetch(void);
/* Make exc pending again (steals). */
void err_restore(Value exc);
void err_clear(void);
/* Borrowed peek at the pending exception. */
Value err_peek(void);

/* ---- exception objects ----------------------------------------------------- */

/* New exception instance of type with args tuple (borrowed). */
Value exc_new(TypeObject *type, Value args);
/* The pending AttributeError's / NameError's name and obj (obj V_NULL for
 * NameError) when it has none yet (exceptions.c). */
void err_set_name_context(TypeObject *want, Value name, Value obj);
bool v_is_exception(Value v);
bool v_is_exception_type(Value v);
/* Appends a traceback entry for (code, lasti) to the exception's chain, as
 * the interpreter does while unwinding frame (whose globals, and locals
 * mapping for module/class code, the entry keeps for tb_frame). */
struct Frame;
int exc_add_traceback(Value exc, struct CodeObject *code, int lasti, struct Frame *frame);
/* str(exc) as the last line of a traceback would show it (KeyError's repr rule etc.). */
Value exc_str(Value exc);
/* Prints "Traceback (most recent call last):" + frames + "Type: msg" to
 * stderr as CPython's default excepthook does, incl. chained exceptions and
 * SyntaxError's caret display. */
void exc_print(Value exc);
/* lib/traceback.py's caret anchors (sys._coil_segment_info): see exceptions.c. */
Value exc_segment_info(Value segment);

/* A SyntaxError/IndentationError/TabError instance from the frontend's
 * description (frontend/parser.h), with filename, lineno, offset, text,
 * end_lineno, end_offset set as CPython's. New reference. */
struct SyntaxErrorInfo;
Value exc_from_syntax_error(const struct SyntaxErrorInfo *info, const char *filename);

#endif
