/* sigint.h: Ctrl-C becomes KeyboardInterrupt.
 *
 * The SIGINT handler only sets sigint_pending. The interpreter tests it at
 * RESUME (function entry) and JUMP_BACKWARD (every loop iteration): one
 * load of a global and a never-taken branch, so a running loop or
 * recursion notices a Ctrl-C within one iteration. Blocking C code
 * (time.sleep) sees EINTR and calls sigint_check. The handler is installed
 * without SA_RESTART so that blocking calls do return EINTR.
 */
#ifndef COIL_SIGINT_H
#define COIL_SIGINT_H

#include <signal.h>

extern volatile sig_atomic_t sigint_pending;

/* Installs the handler (the coil program calls it once at start-up). */
void sigint_install(void);
/* If a SIGINT arrived: clears the flag, raises KeyboardInterrupt and
 * returns -1; otherwise returns 0. */
int sigint_check(void);

#endif
