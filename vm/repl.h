/* repl.h: the interactive interpreter (CPython's REPL) and running a script
 * read from stdin. The public entry points are in include/coil/coil.h
 * (coil_run_interactive, coil_run_stdin); this header holds what
 * coil_api.c, eval.c (PRINT_EXPR) and modules/sys.c share with repl.c. */
#ifndef COIL_REPL_H
#define COIL_REPL_H

#include <stdbool.h>
#include "object.h"

/* coil_api.c: reports the pending exception as an uncaught one (traceback
 * to stderr, or SystemExit's status unless inspecting); returns the exit
 * status it implies. */
int api_report_exception(void);

/* PRINT_EXPR (interactive code): calls sys.displayhook(v). 0, or -1 with
 * an exception (RuntimeError "lost sys.displayhook" if there is none). */
int repl_print_expr(Value v);
/* sys.displayhook and sys.__displayhook__ (vm/modules/sys.c's table). */
Value repl_sys_displayhook(Value self, const Value *args, size_t nargs, Value kwnames);

#endif
