/* main.c: the coil command. */
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include "coil/coil.h"

static const char usage_line[] = "usage: coil [option] ... [-c cmd | file] [arg] ...\n";

static void print_help(void) {
    fputs(usage_line, stdout);
    fputs("Options:\n"
          "-c cmd   : program passed in as string (terminates option list)\n"
          "-h       : print this help message and exit (also -? or --help)\n"
          "-i       : inspect interactively after running script; forces a prompt even\n"
          "           if stdin does not appear to be a terminal\n"
          "-m mod   : run library module as a script (terminates option list)\n"
          "-q       : don't print version and copyright messages on interactive startup\n"
          "-u       : unbuffered stdout (also PYTHONUNBUFFERED=x)\n"
          "-E       : ignore PYTHON* environment variables\n"
          "-X opt   : set implementation-specific option:\n"
          "           -X jit=off|llvm|gccjit, -X specialize=off,\n"
          "           -X jit-threshold=N (0: compile at the first call), -X perf,\n"
          "           -X jit-async=on|off (compile in the background: on by default)\n"
          "--jit-stats: print what the JIT compiled, deopts and times at exit\n"
          "--dump-uops[=NAME], --dump-ir[=NAME], --dump-asm[=NAME]: print the uops,\n"
          "           the backend IR, the machine code of each compiled function\n"
          "           (or of those named NAME) to stderr\n"
          "--dis    : compile the file and print its bytecode; run nothing\n"
          "--dis --adaptive: run the file, then print its bytecode as specialised\n"
          "--stats  : print specialisation statistics at exit (also -X stats)\n"
          "--version: print the coil version number and exit (also -V)\n"
          "file     : program read from script file\n"
          "-        : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...  : arguments passed to program in sys.argv[1:]\n", stdout);
}

static int bad_option(const char *opt) {
    fprintf(stderr, "coil: unknown option %s\n", opt);
    fputs(usage_line, stderr);
    return 2;
}

/* Recursion that passes through C (a sort key, map(), __getitem__, an
 * lru_cache wrapper) uses the C stack; with sys.setrecursionlimit raised,
 * programs CPython runs would overflow 8 MB first. Linux grows the main
 * thread's stack on demand up to the current soft limit and leaves at
 * least 128 MB free below it at exec, so raising the soft limit is enough. */
static void raise_stack_limit(void) {
    const rlim_t want = (rlim_t)100 << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= want)
        return;
    rl.rlim_cur = (rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= want) ? want : rl.rlim_max;
    setrlimit(RLIMIT_STACK, &rl);
}

int main(int argc, char **argv) {
    const char *command = NULL, *file = NULL, *module = NULL;
    raise_stack_limit();
    bool dis = false, adaptive = false, inspect = false, quiet = false;
    bool ignore_env = false;
    int unbuffered = -1;   /* -1: PYTHONUNBUFFERED decides */
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0') break;           /* a file, or "-" */
        if (!strcmp(a, "--")) { i++; break; }
        if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
            puts("coil " COIL_VERSION " (Python 3.11 compatible)");
            return 0;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help") || !strcmp(a, "-?")) {
            print_help();
            return 0;
        }
        if (!strcmp(a, "--dis")) { dis = true; continue; }
        if (!strcmp(a, "--adaptive")) { adaptive = true; continue; }
        if (!strcmp(a, "--stats")) { coil_set_xoption("stats"); continue; }
        /* Tier 2: --jit-stats, --dump-uops[=NAME], --dump-ir[=NAME],
         * --dump-asm[=NAME] are -X options of the same names. */
        if (!strcmp(a, "--jit-stats")) { coil_set_xoption("jit-stats"); continue; }
        if (!strncmp(a, "--dump-", 7)) {
            size_t n = strcspn(a + 2, "=");
            if ((n == 9 && !strncmp(a + 2, "dump-uops", 9)) ||
                (n == 7 && !strncmp(a + 2, "dump-ir", 7)) ||
                (n == 8 && !strncmp(a + 2, "dump-asm", 8))) {
                coil_set_xoption(a + 2);
                continue;
            }
        }
        if (a[1] == '-') return bad_option(a);
        if (a[1] == 'c') {
            if (a[2]) command = a + 2;
            else if (i + 1 < argc) command = argv[++i];
            else {
                fputs("Argument expected for the -c option\n", stderr);
                fputs(usage_line, stderr);
                return 2;
            }
            i++;
            break;
        }
        if (a[1] == 'm') {
            /* -m NAME: run a module as __main__ (terminates the options). */
            if (a[2]) module = a + 2;
            else if (i + 1 < argc) module = argv[++i];
            else {
                fputs("Argument expected for the -m option\n", stderr);
                fputs(usage_line, stderr);
                return 2;
            }
            i++;
            break;
        }
        if (a[1] == 'X') {
            const char *opt = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!opt) {
                fputs("Argument expected for the -X option\n", stderr);
                fputs(usage_line, stderr);
                return 2;
            }
            coil_set_xoption(opt);
            continue;
        }
        /* Flags CPython accepts; -i, -q, -u and -E change something here. */
        if (strspn(a + 1, "BdEiIOqsSuvR") == strlen(a + 1)) {
            if (strchr(a + 1, 'i')) inspect = true;
            if (strchr(a + 1, 'q')) quiet = true;
            if (strchr(a + 1, 'u')) unbuffered = 1;
            if (strchr(a + 1, 'E')) ignore_env = true;
            continue;
        }
        char opt[3] = {'-', a[1], '\0'};
        for (const char *p = a + 1; *p; p++)
            if (!strchr("BdEiIOqsSuvR", *p)) { opt[1] = *p; break; }
        return bad_option(opt);
    }
    /* No script: the REPL if stdin is a terminal (or -i), else the script
     * on stdin; "-" is always the script on stdin. */
    bool from_stdin = false, interactive = false;
    if (!command && !module) {
        if (i < argc) {
            file = argv[i];
            from_stdin = !strcmp(file, "-");
        } else if (inspect || isatty(STDIN_FILENO)) {
            interactive = true;
        } else {
            from_stdin = true;
        }
    }
    /* sys.argv as CPython: [script, args...], ['-c', args...], or for -m
     * ['-m', args...] until the module is found (then its path). The slot
     * before argv[i] held the option or its argument, so it can be reused. */
    if (command || module) {
        argv[i - 1] = command ? "-c" : "-m";
        coil_set_argv(argc - i + 1, argv + i - 1);
    } else if (i < argc) {
        coil_set_argv(argc - i, argv + i);
    } else {
        static char empty[] = "", *no_script[] = { empty, NULL };   /* sys.argv == [''] */
        coil_set_argv(1, no_script);
    }
    if (unbuffered < 0 && !ignore_env) {
        const char *e = getenv("PYTHONUNBUFFERED");
        unbuffered = e && *e;
    }
    if (unbuffered > 0) coil_set_unbuffered(1);
    if (coil_initialize() < 0) return 1;
    int status;
    if (inspect && !interactive) coil_set_inspect(1);
    if (interactive) status = coil_run_interactive(!quiet);
    else if (dis && adaptive && file && !from_stdin) status = coil_dis_adaptive_file(file, stdout);
    else if (dis && file && !from_stdin) status = coil_dis_file(file, stdout);
    else if (from_stdin) status = coil_run_stdin();
    else if (command) status = coil_run_string(command, "<string>");
    else if (module) status = coil_run_module(module);
    else status = coil_run_file(file);
    /* -i after a script: the REPL in the script's globals, and its status. */
    if (inspect && !interactive) status = coil_run_interactive(0);
    if (coil_finalize() < 0 && status == 0) {
        /* stdout could not be written (e.g. a closed pipe): as CPython,
         * report it and fail, without a traceback. */
        fputs("Exception ignored on flushing sys.stdout:\nBrokenPipeError: [Errno 32] Broken pipe\n", stderr);
        status = 120;
    }
    /* An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython
     * does, so a parent sees a signal death (shell status 130), not 1. */
    if (status == 1 && !interactive) {
        const char *t = coil_last_exception_type();
        if (t && !strcmp(t, "KeyboardInterrupt")) {
            fflush(NULL);
            signal(SIGINT, SIG_DFL);
            kill(getpid(), SIGINT);
        }
    }
    return status;
}
