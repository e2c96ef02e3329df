"""importlib.machinery: ModuleSpec and the loaders coil's importlib.util
hands out. Written for coil."""

import sys
import _importlib

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            parts.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached
                and self.has_location == other.has_location)

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py') and not self.origin.startswith('<'):
                self._cached = _cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _cache_from_source(path):
    head, tail = path.rsplit('/', 1) if '/' in path else ('', path)
    base = tail.rpartition('.')[0] or tail
    name = '{}.{}.pyc'.format(base, sys.implementation.cache_tag)
    return head + '/__pycache__/' + name if head else '__pycache__/' + name


class BuiltinImporter:
    """Loader of the modules written in C."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        if spec.name in sys.modules:
            return sys.modules[spec.name]
        return _importlib.import_module(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FileLoader:
    """Loads a module from a file: path is the file's name."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__
                and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        src = _importlib._embedded_source(path)
        if src is not None:
            return src.encode('utf-8')
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module):
        return None


class SourceFileLoader(FileLoader):
    """Loads a .py file: compiles its source and executes it in the module."""

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_source(self, fullname):
        return decode_source(self.get_data(self.path))

    def source_to_code(self, data, path):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        return self.source_to_code(self.get_data(self.path), self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        spec = spec_from_file_location(fullname, self.path, loader=self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


def decode_source(source_bytes):
    import io
    if isinstance(source_bytes, str):
        return source_bytes
    return io.TextIOWrapper(io.BytesIO(source_bytes), encoding='utf-8',
                            newline=None).read()


class PathFinder:
    """Finds modules on sys.path (or a package's __path__)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        if path is None:
            path = sys.path
        tail = fullname.rpartition('.')[2]
        for entry in path:
            if not isinstance(entry, str):
                continue
            base = (entry or '.') + '/' + tail if entry != '/' else '/' + tail
            init = base + '/__init__.py'
            plain = base + '.py'
            if entry.startswith('<coil-lib>'):
                if _importlib._embedded_source(init) is not None:
                    return spec_from_file_location(
                        fullname, init, submodule_search_locations=[base])
                if _importlib._embedded_source(plain) is not None:
                    return spec_from_file_location(fullname, plain)
                continue
            if os.path.isfile(init):
                return spec_from_file_location(
                    fullname, init, submodule_search_locations=[base])
            if os.path.isfile(plain):
                return spec_from_file_location(fullname, plain)
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    """Finds modules in one directory (a sys.path entry), which may be the
    embedded library ("<coil-lib>" or a package directory under it).
    pkgutil lists a directory's modules through _entries()."""

    def __init__(self, path, *loader_details):
        import os
        if not path or path == '.':
            path = os.getcwd()
        elif not path.startswith('<coil-lib>') and not os.path.isabs(path):
            path = os.path.abspath(path)
        self.path = path

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def invalidate_caches(self):
        pass

    def _embedded(self):
        return self.path.startswith('<coil-lib>')

    def _entries(self):
        """(name, is_directory) for each entry of the directory, sorted."""
        import os
        if not self._embedded():
            result = []
            try:
                names = os.listdir(self.path)
            except OSError:
                return []
            for name in sorted(names):
                result.append((name, os.path.isdir(os.path.join(self.path, name))))
            return result
        prefix = self.path[len('<coil-lib>'):].strip('/')
        prefix = prefix + '/' if prefix else ''
        seen = {}
        for rel in _importlib._embedded_files():
            if not rel.startswith(prefix):
                continue
            head, sep, _ = rel[len(prefix):].partition('/')
            seen[head] = seen.get(head, False) or bool(sep)
        return sorted(seen.items())

    def _isfile(self, path):
        import os
        if self._embedded():
            return _importlib._embedded_source(path) is not None
        return os.path.isfile(path)

    def _isdir(self, path):
        import os
        if self._embedded():
            name = path.rpartition('/')[2]
            parent = FileFinder(path.rpartition('/')[0])
            return (name, True) in parent._entries()
        return os.path.isdir(path)

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        base = self.path.rstrip('/') + '/' + tail
        if self._isfile(base + '/__init__.py'):
            return spec_from_file_location(fullname, base + '/__init__.py',
                                           submodule_search_locations=[base])
        if self._isfile(base + '.py'):
            return spec_from_file_location(fullname, base + '.py')
        if self._isdir(base):
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None


_NEEDS_LOADING = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_NEEDS_LOADING):
    if location is None:
        location = '<unknown>'
        if loader is not None and hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _NEEDS_LOADING:
        is_pkg = False
        if hasattr(loader, 'is_package'):
            try:
                is_pkg = loader.is_package(name)
            except ImportError:
                pass
        if is_pkg:
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    d = module.__dict__
    if d.get('__name__') is None:
        module.__name__ = spec.name
    if d.get('__loader__') is None:
        module.__loader__ = spec.loader
    if d.get('__package__') is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None and d.get('__path__') is None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if d.get('__file__') is None:
            module.__file__ = spec.origin
        if d.get('__cached__') is None and spec.cached is not None:
            module.__cached__ = spec.cached
    return module
