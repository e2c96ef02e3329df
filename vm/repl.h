/* repl.h: the interactive interpreter (CPython's REPL) and running a script
 * read from stdin. The public entry points are in include/coil/coil.h
 * (coil_run_interactive, coil_run_stdin); this header holds the pieces
 * coil_api.c and repl.c share. */
#ifndef COIL_REPL_H
#define COIL_REPL_H

#include <stdbool.h>

/* coil_api.c: reports the pending exception as an uncaught one (traceback
 * to stderr, or SystemExit's status unless inspecting); returns the exit
 * status it implies. */
int api_report_exception(void);
/* coil_api.c: -i is in force (an uncaught SystemExit is printed as a
 * traceback, since the REPL follows), as CPython's config->inspect. */
bool api_inspect_mode(void);

#endif
