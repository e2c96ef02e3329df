"""Utilities for packages: listing modules, reading package data, names.

coil's own pkgutil. A sys.path entry that is a directory (or coil's
embedded library, "<coil-lib>") gets an importlib.machinery.FileFinder,
through which iter_modules and walk_packages list modules; get_data reads
a resource next to a package's __init__ (embedded packages included);
extend_path, resolve_name, get_importer, iter_importers, get_loader,
find_loader and read_code behave as CPython's.
"""

import collections
import importlib
import importlib.machinery
import importlib.util
import os
import re
import sys
from types import ModuleType

__all__ = [
    "get_importer", "iter_importers", "get_loader", "find_loader",
    "walk_packages", "iter_modules", "get_data",
    "read_code", "extend_path", "ModuleInfo",
]

ModuleInfo = collections.namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


def read_code(stream):
    """The code object of a .pyc stream with this interpreter's magic, else None."""
    import marshal
    magic = stream.read(4)
    if magic != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)
    return marshal.load(stream)


def _module_name(filename):
    for suffix in importlib.machinery.all_suffixes():
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return filename[:-len(suffix)]
    return None


def _finder_modules(finder, prefix=""):
    """(name, ispkg) for the modules in the directory of a FileFinder."""
    entries = finder._entries()
    path = finder.path.rstrip("/")
    yielded = set()
    for fn, isdir in entries:
        name = _module_name(fn)
        if name == "__init__" or name in yielded:
            continue
        ispkg = False
        if not name and isdir and "." not in fn:
            name = fn
            inner = importlib.machinery.FileFinder(path + "/" + fn)
            for sub, _ in inner._entries():
                if _module_name(sub) == "__init__":
                    ispkg = True
                    break
            else:
                continue  # a directory without __init__ is not listed
        if name and "." not in name:
            yielded.add(name)
            yield prefix + name, ispkg


def iter_importer_modules(importer, prefix=""):
    if isinstance(importer, importlib.machinery.FileFinder):
        return _finder_modules(importer, prefix)
    if hasattr(importer, "iter_modules"):
        return importer.iter_modules(prefix)
    return []


def iter_modules(path=None, prefix=""):
    """ModuleInfo for every top-level module on path (default sys.path)."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    seen = set()
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(importer, name, ispkg)


def walk_packages(path=None, prefix="", onerror=None):
    """ModuleInfo for every module on path, recursively, importing packages."""
    visited = set()

    def walk(path, prefix):
        for info in iter_modules(path, prefix):
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                subpath = getattr(sys.modules[info.name], "__path__", None) or []
                fresh = []
                for p in subpath:
                    if p not in visited:
                        visited.add(p)
                        fresh.append(p)
                yield from walk(fresh, info.name + ".")

    return walk(path, prefix)


def get_importer(path_item):
    """The finder for one sys.path entry (cached), or None."""
    path_item = os.fsdecode(path_item)
    try:
        return sys.path_importer_cache[path_item]
    except KeyError:
        pass
    for hook in getattr(sys, "path_hooks", ()):
        try:
            importer = hook(path_item)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_item, importer)
        return importer
    if path_item.startswith("<coil-lib>") or os.path.isdir(path_item or "."):
        importer = importlib.machinery.FileFinder(path_item)
        sys.path_importer_cache.setdefault(path_item, importer)
        return importer
    return None


def iter_importers(fullname=""):
    """The finders that could import fullname: sys.meta_path then sys.path
    for a top-level name, else the parent package's __path__."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if "." in fullname:
        pkg = importlib.import_module(fullname.rpartition(".")[0])
        path = getattr(pkg, "__path__", None)
        if path is None:
            return
    else:
        yield from getattr(sys, "meta_path", ())
        path = sys.path
    for item in path:
        yield get_importer(item)


def get_loader(module_or_name):
    """The loader of a module (or module name), or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, ModuleType):
        module = module_or_name
        loader = getattr(module, "__loader__", None)
        if loader is not None:
            return loader
        if getattr(module, "__spec__", None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def _source_loader(spec):
    """spec.loader, or a source loader for its file when the import system
    loaded it natively (coil's C importer leaves no loader behind)."""
    if spec.loader is not None:
        return spec.loader
    origin = spec.origin
    if isinstance(origin, str) and origin.endswith(".py"):
        return importlib.machinery.SourceFileLoader(spec.name, origin)
    return None


def find_loader(fullname):
    """The loader for fullname, as importlib.util.find_spec finds it."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError("Error while finding loader for {!r} ({}: {})"
                          .format(fullname, type(ex), ex)) from ex
    return _source_loader(spec) if spec is not None else None


def extend_path(path, name):
    """Adds to a package's __path__ every directory of the same name on
    sys.path (or the parent's __path__), and the lines of NAME.pkg files."""
    if not isinstance(path, list):
        return path
    pkgfile_name = name + ".pkg"
    path = path[:]
    parent, _, final = name.rpartition(".")
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    for entry in search:
        if not isinstance(entry, str):
            continue
        finder = get_importer(entry)
        if finder is not None:
            portions = []
            if hasattr(finder, "find_spec"):
                spec = finder.find_spec(final)
                if spec is not None:
                    portions = spec.submodule_search_locations or []
            elif hasattr(finder, "find_loader"):
                _, portions = finder.find_loader(final)
            for portion in portions:
                if portion not in path:
                    path.append(portion)
        pkgfile = os.path.join(entry, pkgfile_name)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip("\n")
                        if not line or line.startswith("#"):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a resource file that lives next to a package, or None."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = _source_loader(spec)
    if loader is None or not hasattr(loader, "get_data"):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, "__file__"):
        return None
    parts = resource.split("/")
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object named by 'pkg.mod:obj.attr' or 'pkg.mod.obj.attr'."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        words = r"(?!\d)(\w+)(\.(?!\d)(\w+))*"
        _NAME_PATTERN = re.compile(f"^(?P<pkg>{words})(?P<cln>:(?P<obj>{words})?)?$", re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f"invalid format: {name!r}")
    gd = m.groupdict()
    if gd.get("cln"):
        mod = importlib.import_module(gd["pkg"])
        parts = gd.get("obj")
        parts = parts.split(".") if parts else []
    else:
        parts = name.split(".")
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            candidate = modname + "." + parts[0]
            try:
                mod = importlib.import_module(candidate)
            except ImportError:
                break
            parts.pop(0)
            modname = candidate
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
