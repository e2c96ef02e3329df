"""profile: a deterministic profiler in Python (coil's version of CPython
3.11's module), on sys.setprofile. Profile.run / runctx / runcall collect
per-function call counts and times; print_stats and dump_stats report them
through pstats. Builtins show as ':0(name)', and the report has CPython's
'profile:0(...)' entries for the profiler and the profiled command.

The collector (_Collector) is shared with cProfile, which labels builtins
as cProfile does and keeps times per caller."""

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    return _run(Profile(), statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _run_ctx(Profile(), statement, globals, locals, filename, sort)


def _run(prof, statement, filename, sort):
    try:
        prof.run(statement)
    except SystemExit:
        pass
    finally:
        _report(prof, filename, sort)


def _run_ctx(prof, statement, globals, locals, filename, sort):
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _report(prof, filename, sort)


def _report(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


# Two back-edges: whatever runs after sys.setprofile in the same frame is
# profiled from the second on (coil's interpreter turns to its profiling
# loop at loop back-edges and calls; see vm/trace.h).
_TWICE = (0, 1)


class _Record:
    """What is known about one function: calls, recursive calls, time
    spent in it (inline) and in it with its callees (total), and the same
    per caller."""
    __slots__ = ('calls', 'reccalls', 'inline', 'total', 'callers')

    def __init__(self):
        self.calls = 0
        self.reccalls = 0
        self.inline = 0.0
        self.total = 0.0
        self.callers = {}


class _Collector:
    """The profile function and its bookkeeping. A stack of running calls
    [key, start, time in callees, caller key]; on each return the call's
    times go to its record and its caller's."""

    def _init_collector(self, timer):
        self.timer = timer
        self.records = {}
        self.stack = []
        self.active = {}          # key -> calls of it on the stack
        self.stats = {}

    def _c_key(self, func):
        raise NotImplementedError

    def _push(self, key, now, caller=None):
        if self.stack:
            caller = self.stack[-1][0]
        self.stack.append([key, now, 0.0, caller])
        active = self.active
        active[key] = active.get(key, 0) + 1
        pair = (caller, key)
        active[pair] = active.get(pair, 0) + 1

    def _pop(self, now):
        key, start, sub, caller = self.stack.pop()
        active = self.active
        # Recursive: the function (for its own record), or this caller ->
        # callee pair (for the caller's entry), was already running.
        n = active[key] - 1
        if n:
            active[key] = n
        else:
            del active[key]
        pair = (caller, key)
        m = active[pair] - 1
        if m:
            active[pair] = m
        else:
            del active[pair]
        elapsed = now - start
        rec = self.records.get(key)
        if rec is None:
            rec = self.records[key] = _Record()
        rec.calls += 1
        rec.inline += elapsed - sub
        if n:
            rec.reccalls += 1
        else:
            rec.total += elapsed
        if caller is not None:
            c = rec.callers.get(caller)
            if c is None:
                c = rec.callers[caller] = [0, 0, 0.0, 0.0]
            c[0] += 1
            c[2] += elapsed - sub
            if m:
                c[1] += 1
            else:
                c[3] += elapsed
        if self.stack:
            self.stack[-1][2] += elapsed

    def _dispatch(self, frame, event, arg):
        now = self.timer()
        if event == 'call':
            code = frame.f_code
            if code is self._skip_code:
                return
            self._push((code.co_filename, code.co_firstlineno, code.co_name), now)
        elif event == 'return':
            code = frame.f_code
            # Only the return of a call seen (profiling may start inside).
            if self.stack and self.stack[-1][0] == (code.co_filename, code.co_firstlineno,
                                                    code.co_name):
                self._pop(now)
        elif event == 'c_call':
            self._push(self._c_key(arg), now)
        elif event == 'c_return' or event == 'c_exception':
            if self.stack and self.stack[-1][0] == self._c_key(arg):
                self._pop(now)

    def _finish(self):
        """Closes the calls still running (the ones disable left)."""
        now = self.timer()
        while self.stack:
            self._pop(now)
        self.records.pop(None, None)
        for rec in self.records.values():
            rec.callers.pop(None, None)


class Profile(_Collector):
    """profile.Profile(timer=None, bias=None)"""

    bias = 0

    def __init__(self, timer=None, bias=None):
        self._init_collector(timer or time.process_time)
        if bias is not None:
            self.bias = bias
        self.cmd = ""
        self._skip_code = None
        # The report's entry for the profiler itself, as CPython's.
        self._fake('profiler', None, 0)

    def _fake(self, name, caller, calls):
        key = ('profile', 0, name)
        rec = self.records.setdefault(key, _Record())
        rec.calls += calls
        if caller is not None and calls:
            c = rec.callers.setdefault(caller, [0, 0, 0.0, 0.0])
            c[0] += calls
        return key

    def _c_key(self, func):
        return ('', 0, getattr(func, '__name__', repr(func)))

    def set_cmd(self, cmd):
        self.cmd = cmd

    def _enable(self):
        self.stack = []
        self.active = {}
        if self.cmd:
            cmd_key = ('profile', 0, self.cmd)
            self._push(cmd_key, self.timer(), ('profile', 0, 'profiler'))
        sys.setprofile(self._dispatch)

    def _disable(self):
        sys.setprofile(None)
        self._finish()

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        self._enable()
        for _ in _TWICE:
            pass
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
            self._finish()
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        self._enable()
        for _ in _TWICE:
            pass
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)
            self._finish()

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def simulate_cmd_complete(self):
        self._finish()

    def snapshot_stats(self):
        self.stats = {}
        for key, rec in self.records.items():
            callers = {}
            for caller, c in rec.callers.items():
                callers[caller] = c[0]
            nc = rec.calls
            cc = nc - rec.reccalls
            self.stats[key] = (cc, nc, rec.inline, rec.total, callers)

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def calibrate(self, m, verbose=0):
        return 0.0


def main():
    return _main("profile.py", runctx, -1)


def _usage(prog):
    return ("Usage: %s [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
            % prog)


def _main(prog, runctx_fn, sort):
    """The command line of `-m profile` and `-m cProfile`: options, then the
    script and its arguments."""
    import os
    argv = sys.argv[1:]
    if not argv:
        print(_usage(prog), file=sys.stderr)
        sys.exit(2)
    outfile = None
    module = False
    while argv and argv[0].startswith('-') and argv[0] != '-':
        opt = argv.pop(0)
        if opt == '--':
            break
        value = None
        if opt.startswith('--') and '=' in opt:
            opt, value = opt.split('=', 1)
        elif opt[:2] in ('-o', '-s') and len(opt) > 2:
            opt, value = opt[:2], opt[2:]
        if opt in ('-o', '--outfile', '-s', '--sort'):
            if value is None:
                if not argv:
                    print(_usage(prog), file=sys.stderr)
                    print("%s: error: %s option requires 1 argument" % (prog, opt), file=sys.stderr)
                    sys.exit(2)
                value = argv.pop(0)
            if opt in ('-o', '--outfile'):
                outfile = value
            else:
                sort = value
        elif opt == '-m':
            module = True
        elif opt in ('-h', '--help'):
            print(_usage(prog))
            print()
            print("Options:")
            print("  -h, --help            show this help message and exit")
            print("  -o OUTFILE, --outfile=OUTFILE")
            print("                        Save stats to <outfile>")
            print("  -s SORT, --sort=SORT  Sort order when printing to stdout, based on")
            print("                        pstats.Stats class")
            print("  -m                    Profile a library module")
            sys.exit(0)
        else:
            print(_usage(prog), file=sys.stderr)
            print("%s: error: no such option: %s" % (prog, opt), file=sys.stderr)
            sys.exit(2)
    sys.argv[:] = argv
    if outfile is not None:
        outfile = os.path.abspath(outfile)
    if not argv:
        print(_usage(prog), file=sys.stderr)
        return
    if module:
        import importlib.util
        spec = importlib.util.find_spec(argv[0])
        if spec is None or spec.origin is None:
            print("No module named %r" % argv[0], file=sys.stderr)
            sys.exit(1)
        progname = spec.origin
        sys.argv[0] = progname
    else:
        progname = argv[0]
        sys.path.insert(0, os.path.dirname(progname))
    with open(progname, 'rb') as fp:
        code = compile(fp.read(), progname, 'exec')
    globs = {
        '__file__': progname,
        '__name__': '__main__',
        '__package__': None,
        '__cached__': None,
    }
    try:
        runctx_fn(code, globs, None, outfile, sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)


if __name__ == '__main__':
    main()
