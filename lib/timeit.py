"""Time small pieces of Python code.

coil's own implementation of the standard `timeit` module: Timer, timeit(),
repeat(), default_timer and the `coil -m timeit` command line. A statement
given as a string is compiled into a function whose loop runs it `number`
times, so the loop overhead is one FOR_ITER per execution, as in CPython.
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

_SOURCE_NAME = "<timeit-src>"


def _indent(src, width):
    pad = " " * width
    return src.replace("\n", "\n" + pad)


def _check_source(src, what):
    # The statement must compile on its own, so that a stray `return` or an
    # unbalanced bracket is reported against the user's text.
    compile(src, _SOURCE_NAME, "exec")


class Timer:
    """A stopwatch for a statement, with optional setup run before each timing."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        env = {} if globals is None else globals
        params = ""
        if isinstance(setup, str):
            _check_source(setup, "setup")
            setup_code = _indent(setup, 4)
        elif callable(setup):
            namespace["_setup"] = setup
            params += ", _setup=_setup"
            setup_code = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            _check_source(stmt, "stmt")
            stmt_code = _indent(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            params += ", _stmt=_stmt"
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = ("def inner(_it, _timer%s):\n"
               "    %s\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        %s\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (params, setup_code, stmt_code)
        self.src = src
        code = compile(src, _SOURCE_NAME, "exec")
        exec(code, env, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times (setup once)."""
        it = range(number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a number of loops (1, 2, 5, 10, 20, 50, ...) taking at
        least 0.2 s; returns (number, time taken)."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _format_time(dt, unit, precision):
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    if unit is not None:
        scale = units[unit]
    else:
        for unit, scale in sorted(units.items(), key=lambda kv: kv[1], reverse=True):
            if dt >= scale:
                break
    return "%.*g %s" % (precision, dt / scale, unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: coil -m timeit [-n N] [-r N] [-s S] [-u U] [-p] [-v] [stmt ...]."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    repeat_count = default_repeat
    setup = []
    unit = None
    verbose = 0
    timer = default_timer
    stmt = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            stmt.extend(args[i + 1:])
            break
        if not a.startswith("-") or a == "-":
            stmt.extend(args[i:])
            break
        if "=" in a and a.startswith("--"):
            opt, val = a.split("=", 1)
            has_val = True
        else:
            opt, val, has_val = a, None, False
        long_names = {"--number": "-n", "--setup": "-s", "--repeat": "-r", "--unit": "-u",
                      "--process": "-p", "--verbose": "-v", "--help": "-h"}
        if opt.startswith("--"):
            if opt not in long_names:
                print("option %s not recognized" % opt, file=sys.stderr)
                print("use -h/--help for command line help", file=sys.stderr)
                return 2
            opt = long_names[opt]
        elif len(opt) > 2 and opt[1] in "nsru":
            val, has_val, opt = opt[2:], True, opt[:2]
        if opt in ("-n", "-s", "-r", "-u") and not has_val:
            i += 1
            if i >= len(args):
                print("option %s requires argument" % opt, file=sys.stderr)
                print("use -h/--help for command line help", file=sys.stderr)
                return 2
            val = args[i]
        if opt == "-n":
            number = int(val)
        elif opt == "-s":
            setup.append(val)
        elif opt == "-r":
            repeat_count = max(int(val), 1)
        elif opt == "-u":
            if val not in ("nsec", "usec", "msec", "sec"):
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = val
        elif opt == "-p":
            timer = time.process_time
        elif opt == "-v":
            verbose += 1
        elif opt == "-h":
            print(__doc__, end=" ")
            return 0
        else:
            print("option %s not recognized" % opt, file=sys.stderr)
            print("use -h/--help for command line help", file=sys.stderr)
            return 2
        i += 1
    stmt = "\n".join(stmt) or "pass"
    setup = "\n".join(setup) or "pass"
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    precision = 3 + verbose
    if number == 0:
        def report(n, taken):
            if verbose:
                plural = n != 1
                print("%d loop%s -> %.*g secs" % (n, "s" if plural else "", precision, taken))
        try:
            number, _ = t.autorange(report if verbose else None)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        results = t.repeat(repeat_count, number)
    except Exception:
        t.print_exc()
        return 1
    per_loop = [dt / number for dt in results]
    best = min(per_loop)
    if verbose:
        print("raw times: %s" % ", ".join(_format_time(dt, unit, precision) for dt in per_loop))
        print()
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeat_count, _format_time(best, unit, precision)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) "
                               "was more than four times slower than the best time (%s)."
                               % (_format_time(worst, unit, precision),
                                  _format_time(best, unit, precision)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
