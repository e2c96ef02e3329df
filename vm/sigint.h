/* sigint.h: signals. Ctrl-C becomes KeyboardInterrupt; the signal module
 * (vm/modules/signal.c) adds Python-level handlers.
 *
 * The C handler only records the signal (sigint_tripped[sig]) and sets
 * sigint_pending, the "some signal is pending" flag. The interpreter tests
 * it at RESUME (function entry) and JUMP_BACKWARD (every loop iteration):
 * one load of a global and a never-taken branch, so a running loop or
 * recursion notices a signal within one iteration (JIT code deopts on it,
 * LOOP_CHECK). Blocking C code (time.sleep, os.read, select) sees EINTR
 * and calls sigint_check, then retries (PEP 475) unless a handler raised.
 * Handlers are installed without SA_RESTART so that blocking calls do
 * return EINTR.
 */
#ifndef COIL_SIGINT_H
#define COIL_SIGINT_H

#include <signal.h>
#include "object.h"

extern volatile sig_atomic_t sigint_pending;

/* Installs the SIGINT handler and ignores SIGPIPE and SIGXFSZ, as CPython
 * does at start-up (the coil program calls it once). */
void sigint_install(void);
/* If signals arrived: clears the flag and runs their handlers (the
 * signal module's Python handlers; without one, SIGINT raises
 * KeyboardInterrupt). Returns -1 with the exception of the handler that
 * raised (signals not yet handled stay pending), otherwise 0. */
int sigint_check(void);

/* ---- for the signal module ---- */
/* The C handler that records sig for sigint_check. */
void sigint_record(int sig);
/* Set by the signal module: runs the Python-level handler of sig;
 * 0, or -1 with an exception set. NULL before the module is imported. */
extern int (*sigint_run_handler)(int sig);
/* signal.set_wakeup_fd: the handler writes the signal number there (-1: off). */
extern volatile int sigint_wakeup_fd;


/* ---- for the _coilthread module (vm/modules/thread.c: green threads) ----
 * NULL until the module is imported (one thread: nothing changes). */
/* Called by sigint_check once the flag is cleared: switches threads if a
 * switch is due; returns 1 if the running thread is not the main thread
 * (signal handlers then wait for the main thread), else 0. */
extern int (*sigint_thread_hook)(void);
/* time.sleep(secs): -2 if there is only one thread (sleep as usual), else
 * sleeps letting other threads run: 0, or -1 with a handler's exception. */
extern int (*sigint_sleep_hook)(double secs);
/* os.fork, in the child: only the calling thread survives. */
extern void (*sigint_fork_child_hook)(void);
/* Some signal is recorded and not yet handled. */
bool sigint_any_tripped(void);

#endif
