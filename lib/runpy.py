"""Running modules and scripts the way `python -m` and `python script` do.

coil's own runpy: run_module finds a module (a package runs its __main__
submodule) and executes its code in a fresh namespace, or, with
alter_sys=True, in a temporary module installed in sys.modules with
sys.argv[0] pointing at the file; run_path runs a script file, or a
directory holding a __main__.py. coil's -m command line option does the
same search in C (vm/import.c); the messages match.
"""

import importlib.machinery
import importlib.util
import io
import os
import sys
import types

__all__ = ["run_module", "run_path"]


class _TempModule:
    """Installs a fresh module under a name in sys.modules for a while."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = types.ModuleType(mod_name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved[0]
        else:
            del sys.modules[self.mod_name]
        self._saved = []


class _ModifiedArgv0:
    """Sets sys.argv[0] for a while."""

    def __init__(self, value):
        self.value = value
        self._saved = self._sentinel = object()

    def __enter__(self):
        if self._saved is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Executes code in run_globals after setting the module attributes."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    """Runs code in a temporary module, returning a copy of its namespace."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(fname):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return namespace.copy()


def _find_spec(mod_name):
    spec = importlib.util.find_spec(mod_name)
    if spec is not None and spec.loader is None and isinstance(spec.origin, str) \
            and spec.origin.endswith(".py"):
        # loaded by coil's C importer, which leaves no loader behind
        parent = mod_name.rpartition(".")[0]
        path = getattr(sys.modules.get(parent), "__path__", None) if parent else None
        found = importlib.machinery.PathFinder.find_spec(mod_name, path)
        if found is not None:
            spec = found
    return spec


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name = mod_name.rpartition(".")[0]
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            warn(RuntimeWarning("{mod_name!r} found in sys.modules after import of package "
                                "{pkg_name!r}, but prior to execution of {mod_name!r}; this may "
                                "result in unpredictable behaviour".format(mod_name=mod_name,
                                                                           pkg_name=pkg_name)))
    try:
        spec = _find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error("%s; %r is a package and cannot be directly executed" % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """Errors _run_module_as_main reports as a message and exit status."""


def _run_module_as_main(mod_name, alter_argv=True):
    """What `python -m mod_name` does: run the module as __main__."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit("%s: %s" % (sys.executable, exc))
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Executes a module's code (found with the import system) and returns
    the resulting module globals dictionary."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def _get_code_from_file(run_name, fname):
    from pkgutil import read_code
    path = os.path.abspath(os.fsdecode(fname))
    with open(path, "rb") as f:
        code = read_code(f)
    if code is None:
        with open(path, "rb") as f:
            code = compile(f.read(), fname, "exec")
    return code, fname


def run_path(path_name, init_globals=None, run_name=None):
    """Executes a script file, or the __main__ module of a directory, and
    returns the resulting module globals dictionary."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    from pkgutil import get_importer
    importer = get_importer(path_name)
    if importer is None:
        code, fname = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                                script_name=fname)
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            namespace = temp.module.__dict__
            return _run_code(code, namespace, init_globals, run_name, mod_spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
