"""tomllib: parse TOML 1.0.0 documents (coil's version of CPython 3.11's
module): load(binary file) and loads(str) return dicts; TOMLDecodeError
for invalid documents, with CPython's messages and positions."""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

TOMLDecodeError.__module__ = __name__
