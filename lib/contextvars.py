"""contextvars: context variables (coil's version of CPython 3.11's module,
PEP 567): ContextVar, Token, Context and copy_context().

Each thread has its own current Context (a new thread starts with an empty
one). A Context is an immutable-looking mapping from ContextVar to value;
ContextVar.set in the current context replaces its mapping with an
updated copy, so copies taken before are unaffected."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from _thread import get_ident as _get_ident
from types import GenericAlias as _GenericAlias

_MISSING = object()
_current = {}   # thread ident -> current Context


def _current_context():
    ctx = _current.get(_get_ident())
    if ctx is None:
        ctx = _current[_get_ident()] = Context()
    return ctx


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Context:
    """A mapping of ContextVar objects to their values, in which code can
    run (Context.run)."""

    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Run callable(*args, **kwargs) with this context as the current
        one, restoring the previous context afterwards."""
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        ident = _get_ident()
        self._prev = _current.get(ident)
        self._entered = True
        _current[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            if self._prev is None:
                _current.pop(ident, None)
            else:
                _current[ident] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        """Return a shallow copy of the context object."""
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        """Return the value for var if var has the value in the context
        object, else default."""
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def keys(self):
        """Return a list of all variables in the context object."""
        return self._data.keys()

    def values(self):
        """Return a list of all variables' values in the context object."""
        return self._data.values()

    def items(self):
        """Return all variables and their values in the context object."""
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    """A context variable: its value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """Return the value in the current context, else the default given
        here, else the variable's default; LookupError if none."""
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        value = _current_context()._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; returns a Token for
        reset()."""
        ctx = _current_context()
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, Token.MISSING if old is _MISSING else old, _token_key)

    def reset(self, token):
        """Restore the value the variable had before the set() that made
        token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        r = '<ContextVar name=%r' % self._name
        if self._default is not _MISSING:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(_GenericAlias)


_token_key = object()


class Token:
    """What ContextVar.set returns: restores the previous value with
    ContextVar.reset."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _Missing()

    def __init__(self, *args):
        if len(args) != 4 or args[3] is not _token_key:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._ctx, self._var, self._old, _ = args
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


def copy_context():
    """Return a copy of the current Context."""
    return _current_context().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
