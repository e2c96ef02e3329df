"""cProfile: the profiler with cProfile's interface and report (coil's
version of CPython 3.11's module). CPython's is written in C (_lsprof);
coil's collects on sys.setprofile with profile's collector, labels builtins
as _lsprof does ('{built-in method builtins.len}', "{method 'append' of
'list' objects}") and keeps calls and times per caller, so pstats reports
read the same. `coil -m cProfile [-o file] [-s sort] script.py` runs a
script under it."""

import sys
import time
import marshal
import profile as _pyprofile

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    return _pyprofile._run(Profile(), statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _pyprofile._run_ctx(Profile(), statement, globals, locals, filename, sort)


run.__doc__ = _pyprofile.run.__doc__
runctx.__doc__ = _pyprofile.runctx.__doc__

_DISABLE_LABEL = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")


_module_of = {}


def _module_name(func):
    """The module a builtin function (whose __self__ coil leaves None)
    belongs to: builtins, else the loaded module holding it."""
    try:
        return _module_of[func]
    except (KeyError, TypeError):
        pass
    name = func.__name__
    found = None
    import builtins
    if getattr(builtins, name, None) is func:
        found = 'builtins'
    else:
        for modname, mod in list(sys.modules.items()):
            if getattr(mod, name, None) is func:
                found = modname
                break
    try:
        _module_of[func] = found
    except TypeError:
        pass
    return found


def _c_label(func):
    """_lsprof's name for a builtin: its method descriptor's repr if its
    __self__'s type has it, else '<built-in method module.name>'."""
    name = getattr(func, '__name__', None)
    if name is None:
        return ('~', 0, repr(func))
    owner = getattr(func, '__self__', None)
    if owner is None:
        modname = _module_name(func)
    else:
        for klass in type(owner).__mro__:
            found = klass.__dict__.get(name)
            if found is not None:
                return ('~', 0, repr(found))
        modname = getattr(owner, '__name__', None) if type(owner) is type(sys) else None
    if isinstance(modname, str):
        return ('~', 0, "<built-in method %s.%s>" % (modname, name))
    return ('~', 0, "<built-in method %s>" % name)


class Profile(_pyprofile._Collector):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._init_collector(timer or time.perf_counter)
        self.timeunit = timeunit
        self.subcalls = subcalls
        self.builtins = builtins
        self._skip_code = Profile.disable.__code__
        self._enabled = False

    def _c_key(self, func):
        if not self.builtins:
            return None
        return _c_label(func)

    def _dispatch(self, frame, event, arg):
        if frame.f_code is self._skip_code:
            return
        if event.startswith('c_') and not self.builtins:
            return
        _pyprofile._Collector._dispatch(self, frame, event, arg)

    def enable(self, subcalls=True, builtins=True):
        self.subcalls = subcalls
        self.builtins = builtins
        self.stack = []
        self.active = {}
        self._enabled = True
        sys.setprofile(self._dispatch)

    def disable(self):
        now = self.timer()
        sys.setprofile(None)
        if self._enabled:
            # As _lsprof, the call of disable itself is the last one seen.
            self._push(_DISABLE_LABEL, now)
        self._enabled = False
        self._finish()

    def clear(self):
        self.records = {}
        self.stack = []
        self.active = {}

    def getstats(self):
        self._finish()
        return [_profiler_entry((key[2] if key[:2] == ('~', 0) else key, rec.calls,
                                 rec.reccalls, rec.total, rec.inline, None))
                for key, rec in self.records.items()]

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for key, rec in self.records.items():
            callers = {}
            for caller, c in rec.callers.items():
                callers[caller] = (c[0], c[0] - c[1], c[2], c[3])
            nc = rec.calls
            self.stats[key] = (nc - rec.reccalls, nc, rec.inline, rec.total, callers)

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.enable()
        for _ in _pyprofile._TWICE:
            pass
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        for _ in _pyprofile._TWICE:
            pass
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


class _profiler_entry(tuple):
    """_lsprof.profiler_entry: (code, callcount, reccallcount, totaltime,
    inlinetime, calls)."""
    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])
    calls = property(lambda self: self[5])


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    return _pyprofile._main("cProfile.py", runctx, 2)


if __name__ == '__main__':
    main()
