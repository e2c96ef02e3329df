/* exec.h: exec(), eval() and compile() (vm/exec.c). */
#ifndef COIL_EXEC_H
#define COIL_EXEC_H

#include "object.h"
#include "../frontend/compiler.h"

/* Compiles UTF-8 source src[0..len) in mode; a syntax error is raised as a
 * SyntaxError exception. New reference to a code object, or V_NULL. */
Value exec_compile_string(const char *src, size_t len, const char *filename, CompileMode mode);

/* The builtins (CFuncs). */
Value builtin_exec(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_eval(Value self, const Value *args, size_t nargs, Value kwnames);
Value builtin_compile(Value self, const Value *args, size_t nargs, Value kwnames);

#endif
