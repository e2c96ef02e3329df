"""The import machinery's Python face. coil imports in C (vm/import.c); the
functions here are that C code (module _importlib), and the submodules
importlib.util and importlib.machinery add the spec/loader API used to load a
module from a file path."""

from _importlib import import_module, reload, invalidate_caches, __import__

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']
