/* sigint.c: the C signal handler and the check that runs the Python-level
 * handlers or raises KeyboardInterrupt (see sigint.h). */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "sigint.h"
#include "trace.h"
#include "errors.h"

volatile sig_atomic_t sigint_pending;
static volatile sig_atomic_t tripped[NSIG];
int (*sigint_run_handler)(int sig);
volatile int sigint_wakeup_fd = -1;
int (*sigint_thread_hook)(void);
int (*sigint_sleep_hook)(double secs);
void (*sigint_fork_child_hook)(void);

bool sigint_any_tripped(void) {
    for (int sig = 1; sig < NSIG; sig++)
        if (tripped[sig]) return true;
    return false;
}

void sigint_record(int sig) {
    int saved = errno;
    if (sig > 0 && sig < NSIG) tripped[sig] = 1;
    sigint_pending = 1;
    if (sigint_wakeup_fd >= 0) {
        unsigned char b = (unsigned char)sig;
        ssize_t r = write(sigint_wakeup_fd, &b, 1);
        (void)r;
    }
    errno = saved;
}

void sigint_install(void) {
    struct sigaction sa, old;
    /* CPython ignores these two: a write to a closed pipe is EPIPE
     * (BrokenPipeError), an oversized file EFBIG. */
    signal(SIGPIPE, SIG_IGN);
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_IGN);
#endif
    /* An inherited SIG_IGN (a background job of a non-interactive shell,
     * nohup) stays: CPython keeps it too. */
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sigint_record;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;            /* no SA_RESTART: blocking calls see EINTR */
    sigaction(SIGINT, &sa, NULL);
}

int sigint_check(void) {
    if (!sigint_pending) return 0;
    sigint_pending = 0;
    if (sigint_thread_hook && sigint_thread_hook()) {
        /* Not the main thread: handlers wait for it. */
        if (trace_wanted()) sigint_pending = 1;
        return 0;
    }
    for (int sig = 1; sig < NSIG; sig++) {
        if (!tripped[sig]) continue;
        tripped[sig] = 0;
        int r;
        if (sigint_run_handler) {
            r = sigint_run_handler(sig);
        } else if (sig == SIGINT) {
            err_set_none(&Exc_KeyboardInterrupt);
            r = -1;
        } else {
            r = 0;
        }
        if (r < 0) {
            /* the rest are handled at the next check */
            for (int s = sig + 1; s < NSIG; s++)
                if (tripped[s]) sigint_pending = 1;
            if (trace_wanted()) sigint_pending = 1;
            return -1;
        }
    }
    /* The flag also tells the interpreter that tracing wants its traced
     * loop (trace.h): it stays set while that is so. */
    if (trace_wanted()) sigint_pending = 1;
    return 0;
}
