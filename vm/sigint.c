/* sigint.c: the SIGINT handler and the check that raises KeyboardInterrupt
 * (see sigint.h). */
#include <string.h>
#include "sigint.h"
#include "errors.h"

volatile sig_atomic_t sigint_pending;

static void on_sigint(int sig) {
    (void)sig;
    sigint_pending = 1;
}

void sigint_install(void) {
    struct sigaction sa, old;
    /* An inherited SIG_IGN (a background job of a non-interactive shell,
     * nohup) stays: CPython keeps it too. */
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;            /* no SA_RESTART: blocking calls see EINTR */
    sigaction(SIGINT, &sa, NULL);
}

int sigint_check(void) {
    if (!sigint_pending) return 0;
    sigint_pending = 0;
    err_set_none(&Exc_KeyboardInterrupt);
    return -1;
}
