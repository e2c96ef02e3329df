"""copyreg: helpers for pickle and copy (coil's version of CPython 3.11's
module): the dispatch_table of reduction functions registered with
pickle(), the extension registry, and the reconstructors that pickles
refer to (_reconstructor, __newobj__, __newobj_ex__).

It also holds coil's implementation of the default reductions:
object.__reduce_ex__, object.__reduce__ and object.__getstate__ are C
methods forwarding to _coil_object_reduce_ex, _coil_object_reduce and
_coil_object_getstate below (CPython's reduce_newobj, _common_reduce and
object_getstate). Builtin types whose C-level __reduce__ / __getnewargs__
coil does not have (set, frozenset, range, slice, exceptions, deque,
defaultdict, SimpleNamespace; int, float, str, bytes, tuple) get theirs
from the tables _BUILTIN_REDUCE and _BUILTIN_NEWARGS."""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function for ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)

try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reconstructor(cls, base, state):
    """Rebuilds an object pickled by _reduce_ex (protocols 0 and 1)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _type_name(cls):
    """CPython's tp_name: the bare name for a class statement's class, the
    dotted name for a builtin outside builtins."""
    if cls.__flags__ & _HEAPTYPE:
        return cls.__name__
    module = getattr(cls, '__module__', 'builtins')
    if module == 'builtins':
        return cls.__qualname__
    return module + '.' + cls.__qualname__


def _static_base(cls):
    for base in cls.__mro__:
        if not (base.__flags__ & _HEAPTYPE):
            return base
    return object


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1: (_reconstructor, (cls, base,
    state)[, dict]) where base is the nearest builtin base."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
            break
        new = base.__new__
        if isinstance(new, _new_type) and getattr(new, '__self__', None) is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes
    with keyword-only arguments to be pickled correctly."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names
    mangled, __dict__ and __weakref__ left out), cached in
    cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        names.append('_%s%s' % (stripped, name))
                    else:
                        names.append(name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# ---- extension registry

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ---- coil: the default reductions of object and of C-level builtins

def _reduce_set(s):
    return type(s), (list(s),), _coil_object_getstate(s)


def _reduce_range(r):
    return type(r), (r.start, r.stop, r.step)


def _reduce_slice(s):
    return type(s), (s.start, s.stop, s.step)


def _reduce_exception(e):
    d = getattr(e, '__dict__', None)
    if d:
        return type(e), e.args, d
    return type(e), e.args


def _reduce_oserror(e):
    # args holds only (errno, strerror) when a file name was given.
    args = e.args
    if len(args) == 2 and e.filename is not None:
        args = (e.errno, e.strerror, e.filename)
        if e.filename2 is not None:
            args = args + (None, e.filename2)
    d = getattr(e, '__dict__', None)
    if d:
        return type(e), args, d
    return type(e), args


def _reduce_importerror(e):
    state = dict(getattr(e, '__dict__', None) or {})
    if e.name is not None:
        state['name'] = e.name
    if e.path is not None:
        state['path'] = e.path
    if state:
        return type(e), e.args, state
    return type(e), e.args


def _reduce_deque(d):
    state = _coil_object_getstate(d)
    if d.maxlen is None:
        return type(d), (), state, iter(d)
    return type(d), ((), d.maxlen), state, iter(d)


def _reduce_defaultdict(d):
    args = () if d.default_factory is None else (d.default_factory,)
    return type(d), args, None, None, iter(d.items())


def _reduce_namespace(ns):
    return type(ns), (), ns.__dict__


_BUILTIN_REDUCE = {
    set: _reduce_set,
    frozenset: _reduce_set,
    range: _reduce_range,
    slice: _reduce_slice,
    BaseException: _reduce_exception,
    OSError: _reduce_oserror,
    ImportError: _reduce_importerror,
    type(...): lambda x: 'Ellipsis',
    type(NotImplemented): lambda x: 'NotImplemented',
}

_BUILTIN_NEWARGS = {
    int: lambda x: (int(x),),
    float: lambda x: (float(x),),
    str: lambda x: (str(x),),
    bytes: lambda x: (bytes(x),),
    tuple: lambda x: (tuple(x),),
    complex: lambda x: (x.real, x.imag),
}


def _coil_register_builtins():
    try:
        import collections
        _BUILTIN_REDUCE[collections.deque] = _reduce_deque
        _BUILTIN_REDUCE[collections.defaultdict] = _reduce_defaultdict
    except Exception:
        pass
    try:
        import types
        _BUILTIN_REDUCE[types.SimpleNamespace] = _reduce_namespace
    except Exception:
        pass


_coil_registered = False
_object_reduce = object.__dict__['__reduce__']
_object_getstate = object.__dict__['__getstate__']


def _find_builtin(table, cls):
    for klass in cls.__mro__:
        if klass.__flags__ & _HEAPTYPE:
            continue
        if klass in table:
            return table[klass]
    return None


def _coil_object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto)."""
    global _coil_registered
    cls = type(obj)
    try:
        reduce = obj.__reduce__
    except AttributeError:
        reduce = None
    if reduce is not None and getattr(cls, '__reduce__', None) is not _object_reduce:
        return reduce()
    if not _coil_registered:
        _coil_registered = True
        _coil_register_builtins()
    builtin = _find_builtin(_BUILTIN_REDUCE, cls)
    if builtin is not None:
        return builtin(obj)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _coil_object_reduce(obj):
    """object.__reduce__()."""
    return _reduce_ex(obj, 0)


def _getnewargs(obj):
    cls = type(obj)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = obj.__getnewargs_ex__()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%.200s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%.200s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%.200s'"
                            % type(args).__name__)
        return args, None
    builtin = _find_builtin(_BUILTIN_NEWARGS, cls)
    if builtin is not None:
        return builtin(obj), None
    return None, None


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args if args is not None else ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    required = not (hasargs or isinstance(obj, (list, dict)))
    state = _object_state(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _object_state(obj, required):
    if getattr(type(obj), '__getstate__', None) is _object_getstate:
        return _default_state(obj, required)
    return obj.__getstate__()


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}


def _default_state(obj, required):
    cls = type(obj)
    if required and _static_base(cls) is not object:
        raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
    d = _instance_dict(obj)
    state = d if d else None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                value = getattr(obj, name)
            except AttributeError:
                continue
            slots[name] = value
        if slots:
            state = (state, slots)
    return state


def _coil_object_getstate(obj):
    """object.__getstate__()."""
    return _default_state(obj, False)
