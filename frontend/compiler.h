/* compiler.h: AST -> code objects. The one place the frontend meets the VM:
 * it builds Values (constants, names) and code objects through code.h. */
#ifndef COIL_COMPILER_H
#define COIL_COMPILER_H

#include "ast.h"
#include "parser.h"
#include "../vm/value.h"

typedef enum { COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE } CompileMode;

/* Compiles a parsed module to a module code object (new reference). On a
 * compile-time error ("'return' outside function", "... is not supported
 * yet", ...) returns V_NULL with *err filled (no exception set); on
 * MemoryError returns V_NULL with the exception set and err->msg empty. */
Value compile_module(const Module *mod, const char *filename, CompileMode mode,
                     SyntaxErrorInfo *err);

/* parse_module + compile_module, with its own arena. */
Value compile_source(const char *src, size_t len, const char *filename,
                     CompileMode mode, SyntaxErrorInfo *err);

#endif
