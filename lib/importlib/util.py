"""importlib.util: finding a module's spec and loading a module from a file
path. Written for coil."""

import sys
import _importlib
from importlib.machinery import (ModuleSpec, spec_from_file_location,
                                 module_from_spec, decode_source,
                                 BuiltinImporter, PathFinder,
                                 _cache_from_source)

MAGIC_NUMBER = b'\xa7\r\r\n'


def cache_from_source(path, debug_override=None, *, optimization=None):
    import os
    return _cache_from_source(os.fspath(path))


def source_from_cache(path):
    import os
    path = os.fspath(path)
    head, _, pycache_filename = path.rpartition('/')
    head, _, pycache = head.rpartition('/') if '/' in head else ('', '', head)
    if pycache != '__pycache__':
        raise ValueError('{} not bottom-level directory in {!r}'.format('__pycache__', path))
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pycache_filename))
    base = pycache_filename.partition('.')[0]
    return (head + '/' if head else '') + base + '.py'


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for ch in name:
        if ch != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return '{}.{}'.format(base, rest) if rest else base


def _loaded_spec(name, fullname):
    """The spec of sys.modules[fullname], already imported."""
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def _find_spec_from_path(name, path=None):
    if name not in sys.modules:
        return _find_spec(name, path)
    return _loaded_spec(name, name)


def _find_spec(name, path):
    for finder in sys.meta_path if hasattr(sys, 'meta_path') else ():
        find = getattr(finder, 'find_spec', None)
        if find is not None:
            spec = find(name, path)
            if spec is not None:
                return spec
    spec = BuiltinImporter.find_spec(name, path)
    if spec is not None:
        return spec
    return PathFinder.find_spec(name, path)


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    return _loaded_spec(name, fullname)
