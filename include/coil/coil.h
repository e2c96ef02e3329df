/* coil.h: the embedding API.
 *
 *     coil_initialize();
 *     int status = coil_run_file("prog.py", argc, argv);
 *     coil_finalize();
 *
 * Status values follow the python3 command: 0 success, 1 an uncaught
 * exception (its traceback printed to stderr unless COIL_RUN_QUIET), or the
 * code of an uncaught SystemExit. */
#ifndef COIL_COIL_H
#define COIL_COIL_H

#include <stdio.h>

#define COIL_VERSION "0.1.0"

/* Flags for coil_run_string_ex. */
#define COIL_RUN_QUIET 1     /* do not print the traceback of an uncaught exception */
#define COIL_RUN_FRESH 2     /* run in new globals rather than __main__'s */

/* Returns 0, or -1 if the runtime cannot start. Idempotent. */
int coil_initialize(void);
/* Flushes output. Returns 0, or -1 if stdout could not be flushed. */
int coil_finalize(void);

/* Sets a -X option ("jit=off", "jit-threshold=0", ...). */
void coil_set_xoption(const char *opt);
/* Unbuffered stdout (CPython's -u and PYTHONUNBUFFERED). */
void coil_set_unbuffered(int on);
/* Records the program's arguments (sys.argv, later). */
void coil_set_argv(int argc, char **argv);

/* Runs a file as __main__. A file that cannot be read prints CPython's
 * message ("coil: can't open file '...': [Errno 2] ...") and returns 2. */
int coil_run_file(const char *path);
/* Runs module name (found on sys.path, as `python3 -m name`) as __main__,
 * with sys.path[0] the current directory. Not found: prints
 * "coil: No module named name" and returns 1. */
int coil_run_module(const char *name);
/* Runs source text as __main__ (filename is used in tracebacks). */
int coil_run_string(const char *src, const char *filename);
int coil_run_string_ex(const char *src, const char *filename, int flags);
/* Runs the script read from stdin (to EOF) as __main__, named "<stdin>". */
int coil_run_stdin(void);
/* The interactive interpreter on stdin (prompts sys.ps1/sys.ps2; line
 * editing when stdin and stdout are terminals), the banner on stderr if
 * show_banner. Returns the exit status at EOF (0) or of a SystemExit. */
int coil_run_interactive(int show_banner);
/* -i: an uncaught SystemExit in the script is printed as a traceback and
 * does not set the exit status, since the REPL follows (CPython's
 * inspect flag). */
void coil_set_inspect(int on);
/* Compiles a file and prints its disassembly to out; runs nothing. */
int coil_dis_file(const char *path, FILE *out);
/* --dis --adaptive: runs the file, then prints its bytecode with the
 * specialised instructions the run left. */
int coil_dis_adaptive_file(const char *path, FILE *out);

/* The uncaught exception of the last run: type name and str(), or NULL if
 * the last run succeeded. Valid until the next run. */
const char *coil_last_exception_type(void);
const char *coil_last_exception_message(void);

#endif
