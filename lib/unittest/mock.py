"""unittest.mock for coil: mock objects, call recording and patching.

Written for coil following the documented behaviour of CPython 3.11's
unittest.mock (messages, default magic-method return values, call objects).
"""

__all__ = (
    'Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
    'PropertyMock', 'AsyncMock', 'patch', 'sentinel', 'DEFAULT', 'ANY',
    'call', 'create_autospec', 'FILTER_DIR', 'mock_open', 'seal',
)

import sys
import builtins
import contextlib
import inspect
import io
import pprint
from functools import wraps
from types import ModuleType, FunctionType, MethodType

FILTER_DIR = True


# ---------------------------------------------------------------- sentinels

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel:
    """Attribute access yields a unique, named object (same name, same object)."""
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        obj = self._sentinels.get(name)
        if obj is None:
            obj = self._sentinels[name] = _SentinelObject(name)
        return obj

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    """Compares equal to everything."""
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return id(self) >> 4

    def __repr__(self):
        return '<ANY>'


ANY = _AnyType()


# ---------------------------------------------------------------- helpers

def _is_magic(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _is_list(obj):
    return type(obj) in (list, tuple)


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Would instances of the class obj (or obj itself if not a class) be callable?"""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % (k, v) for k, v in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _signature_of(obj, as_instance=False, eat_self=False):
    """inspect.Signature used to check calls to a mock specced on obj, or None."""
    if isinstance(obj, type) and not as_instance:
        target = obj
    elif isinstance(obj, type):
        call = None
        for base in obj.__mro__:
            if '__call__' in base.__dict__:
                call = base.__dict__['__call__']
                break
        if call is None:
            return None
        target = call
        eat_self = True
    elif isinstance(obj, (FunctionType, MethodType, staticmethod, classmethod)):
        target = obj
        if isinstance(obj, (staticmethod, classmethod)):
            target = obj.__func__
            eat_self = isinstance(obj, classmethod)
    elif callable(obj) and not isinstance(obj, ModuleType):
        target = obj
    else:
        return None
    try:
        sig = inspect.signature(target)
    except (ValueError, TypeError):
        return None
    if eat_self:
        params = list(sig.parameters.values())
        if params and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                         inspect.Parameter.POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


# ---------------------------------------------------------------- call objects

class _CallList(list):
    """A list of calls; `sublist in calls` tests for a contiguous run."""
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for start in range(len(self) - n + 1):
            if self[start:start + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _Call(tuple):
    """A recorded or expected call: (args, kwargs) or (name, args, kwargs)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            only, = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return ('',) + tuple(self)
        return tuple(self)

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        my_name, my_args, my_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) is not None
                and getattr(other, '_mock_parent', None) is not None
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if n == 0:
            other_args, other_kwargs = (), {}
        elif n == 3:
            other_name, other_args, other_kwargs = other
        elif n == 1:
            only, = other
            if isinstance(only, tuple):
                other_args, other_kwargs = only, {}
            elif isinstance(only, str):
                other_name, other_args, other_kwargs = only, (), {}
            else:
                other_args, other_kwargs = (), only
        elif n == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if my_name and other_name != my_name:
            return False
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    def __ne__(self, other):
        result = _Call.__eq__(self, other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = tuple.__hash__

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    def __getattribute__(self, attr):
        # tuple's own methods (count, index, __getitem__...) name calls instead
        if attr in tuple.__dict__:
            return _Call.__getattr__(self, attr)
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call' + name
        else:
            name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The chain of calls that produced this call, as a list."""
        calls = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                calls.append(node)
            node = node._mock_parent
        return _CallList(reversed(calls))


call = _Call(from_kall=False)


# ---------------------------------------------------------------- magic methods

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
    'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
    'index round trunc floor ceil bool next fspath aiter'
)
_numeric_names = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'

_magics = {'__%s__' % n for n in _magic_names.split()}
_magics |= {'__%s__' % n for n in _numeric_names.split()}
_magics |= {'__i%s__' % n for n in _numeric_names.split()}
_magics |= {'__r%s__' % n for n in _numeric_names.split()}

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__class_getitem__',
    '__format__', '__getnewargs_ex__', '__subclasses__', '__dir__',
}

_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_all_magics = _magics | _non_defaults | _async_method_magics

_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def _default_sizeof(mock):
    f = getattr(object, '__sizeof__', None)
    if f is not None:
        return f(mock)
    return 0


_calculate_return_value = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': _default_sizeof,
    '__fspath__': lambda mock: '%s/%s/%s' % (type(mock).__name__,
                                              mock._extract_mock_name(), id(mock)),
}


def _make_eq(mock):
    def __eq__(other):
        fixed = mock.__eq__._mock_return_value
        if fixed is not DEFAULT:
            return fixed
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _make_ne(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _make_iter(mock):
    def __iter__():
        fixed = mock.__iter__._mock_return_value
        if fixed is DEFAULT:
            return iter([])
        return iter(fixed)
    return __iter__


def _make_aiter(mock):
    def __aiter__():
        fixed = mock.__aiter__._mock_return_value
        items = [] if fixed is DEFAULT else fixed
        return _AsyncIterator(iter(items))
    return __aiter__


_side_effect_methods = {
    '__eq__': _make_eq, '__ne__': _make_ne, '__iter__': _make_iter,
    '__aiter__': _make_aiter,
}


def _set_magic_default(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calc = _calculate_return_value.get(name)
    if calc is not None:
        method.return_value = calc(mock)
        return
    effect = _side_effect_methods.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _method_calling(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class _MagicProxy:
    """Class-level placeholder: the first lookup creates the child mock."""
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        m = parent._get_child_mock(name=self.name, _new_name=self.name,
                                   _new_parent=parent)
        setattr(parent, self.name, m)
        _set_magic_default(parent, m, self.name)
        return m

    def __get__(self, obj, owner=None):
        return self.create_mock()


# ---------------------------------------------------------------- mocks

def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name
            or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    node = parent
    while node is not None:
        if node is value:
            return False
        node = node._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _SpecState:
    """A not-yet-created autospecced attribute."""
    def __init__(self, spec, spec_set=False, parent=None, name=None,
                 ids=None, instance=False):
        self.spec = spec
        self.spec_set = spec_set
        self.parent = parent
        self.name = name
        self.instance = instance


_plain_names = {
    'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
    'method_calls', '_mock_check_sig',
}
_private_names = {
    '_mock_return_value', '_mock_side_effect', '_mock_parent', '_mock_name',
    '_mock_new_name', '_mock_new_parent', '_mock_children', '_mock_wraps',
    '_mock_sealed', '_mock_unsafe', '_mock_methods', '_spec_class',
    '_spec_set', '_spec_signature', '_mock_eat_self',
}


class NonCallableMock:
    """A flexible mock object that is not callable."""

    def __new__(cls, *args, **kw):
        # every mock gets its own class so magic methods can be set per mock
        sub = type(cls.__name__, (cls,), {'__doc__': cls.__doc__,
                                          '_mock_generated': True})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_unsafe'] = unsafe
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    # -- spec handling

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        spec_class = None
        methods = None
        signature = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec, _spec_as_instance, _eat_self)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = signature
        d['_mock_methods'] = methods

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (a list of names or an object)."""
        self._mock_add_spec(spec, spec_set)

    def _get_class(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    __class__ = property(_get_class)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    # -- return value / side effect

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__.get('_mock_side_effect')

    def _set_side_effect(self, value):
        self.__dict__['_mock_side_effect'] = _try_iter(value)

    side_effect = property(_get_side_effect, _set_side_effect)

    # -- configuration

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all calls (and optionally the return value / side effect), recursively."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            if _is_instance_mock(child):
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = d.get('_mock_return_value', DEFAULT)
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names reaching into child mocks."""
        for key, value in sorted(kwargs.items(), key=lambda kv: kv[0].count('.')):
            parts = key.split('.')
            last = parts.pop()
            obj = self
            for part in parts:
                obj = getattr(obj, part)
            setattr(obj, last, value)

    def attach_mock(self, mock, attribute):
        """Make mock a child of this mock under attribute (its calls are recorded here)."""
        inner = mock
        d = inner.__dict__
        d['_mock_parent'] = None
        d['_mock_new_parent'] = None
        d['_mock_name'] = ''
        d['_mock_new_name'] = None
        setattr(self, attribute, mock)

    # -- attribute access

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children',
                    '_spec_class', '_mock_sealed', '_mock_return_value'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    '%r is not a valid assertion. Use a spec for the mock if '
                    '%r is meant to be an attribute.' % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        elif isinstance(result, _SpecState):
            result = create_autospec(result.spec, result.spec_set,
                                     result.instance, result.parent, result.name)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in _private_names or name in _plain_names:
            self.__dict__[name] = value
            return
        if name in ('return_value', 'side_effect', '__class__'):
            return object.__setattr__(self, name, value)
        methods = self._mock_methods
        if (self._spec_set and methods is not None and name not in methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _method_calling(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        self.__dict__[name] = value

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        children = self._mock_children
        obj = children.get(name, _missing)
        if name in self.__dict__:
            del self.__dict__[name]
        elif obj is _deleted:
            raise AttributeError(name)
        children[name] = _deleted

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self) if hasattr(object, '__dir__') else []
        extras = list(self._mock_methods or [])
        own = [k for k in type(self).__mro__[1].__dict__ if not k.startswith('_')]
        kids = [k for k, v in self._mock_children.items() if v is not _deleted]
        base = [k for k in self.__dict__ if not k.startswith('_mock_')]
        return sorted(set(extras + own + kids + base))

    # -- naming and repr

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            spec_part = (' spec_set=%r' if self._spec_set else ' spec=%r') % \
                self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, _safe_repr(self.mock_calls))

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    # -- children

    def _get_child_mock(self, **kw):
        if self._mock_sealed:
            attribute = '.' + kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        own = type(self)
        new_name = kw.get('_new_name')
        if issubclass(own, MagicMixin) and new_name in _async_method_magics:
            return AsyncMock(**kw)
        if issubclass(own, AsyncMock):
            klass = MagicMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        elif own.__dict__.get('_mock_generated'):
            klass = own.__mro__[1]
        else:
            klass = own
        return klass(**kw)

    # -- comparison helpers and assertions

    def _call_matcher(self, c):
        sig = self._spec_signature
        if sig is None:
            return c
        if len(c) == 2:
            name = ''
            args, kwargs = c
        else:
            name, args, kwargs = c
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        if len(c) == 2:
            return _Call((bound.args, bound.kwargs), two=True)
        return _Call((name, bound.args, bound.kwargs))

    def assert_not_called(self):
        """Fail if the mock has been called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock has been called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock has been called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the most recent call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless calls appear in mock_calls (consecutively, unless any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: %s'
                               % [e if isinstance(e, Exception) else None
                                  for e in expected])
                raise AssertionError('%s\nExpected: %s%s' % (
                    problem, _CallList(calls),
                    self._calls_repr(prefix='  Actual').rstrip('.'))) from cause
            return
        remaining = list(all_calls)
        not_found = []
        for c in expected:
            try:
                remaining.remove(c)
            except ValueError:
                not_found.append(c)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(not_found), remaining)) from cause

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some call (not just the last) had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause is not None or expected not in _AnyCallList(actual):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs)) from cause


class _AnyCallList(list):
    def __contains__(self, value):
        for item in self:
            if item == value:
                return True
        return False


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this = _Call((args, kwargs), two=True)
        d['call_args'] = this
        self.call_args_list.append(this)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # method_calls: recorded on attribute parents, named by the attribute path
        name = self._mock_name
        parent = self._mock_parent
        while parent is not None:
            parent.method_calls.append(_Call((name, args, kwargs)))
            if parent._mock_parent is None:
                break
            name = '%s.%s' % (parent._mock_name, name)
            parent = parent._mock_parent
        # mock_calls: recorded on every ancestor, named by the access path
        call_name = self._mock_new_name
        is_call = call_name == '()'
        parent = self._mock_new_parent
        while parent is not None:
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                sep = '' if is_call else '.'
                is_call = parent._mock_new_name == '()'
                call_name = parent._mock_new_name + sep + call_name
            parent = parent._mock_new_parent

    def _mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock that records its calls and creates attributes on demand."""


class MagicMixin:
    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        own = type(self)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            keep = wanted.intersection(methods)
            for entry in wanted - keep:
                if entry in own.__dict__:
                    delattr(own, entry)
            wanted = keep
        for entry in wanted - set(own.__dict__):
            setattr(own, entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock used as a property on a class: get calls it, set calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMock(MagicMixin, Mock):
    """A mock whose call returns an awaitable (the result is return_value / side_effect)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()

    def __setattr__(self, name, value):
        if name in ('await_count', 'await_args', 'await_args_list'):
            self.__dict__[name] = value
            return
        super().__setattr__(name, value)

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._run(args, kwargs)

    async def _run(self, args, kwargs):
        this = _Call((args, kwargs), two=True)
        d = self.__dict__
        d['await_count'] += 1
        d['await_args'] = this
        self.await_args_list.append(this)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
                if inspect.iscoroutine(result):
                    result = await result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            result = self._mock_wraps(*args, **kwargs)
            if inspect.iscoroutine(result):
                result = await result
            return result
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." %
                                 (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." %
                                 (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('Expected await: %s\nNot awaited' % (expected,))
        if self.await_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await'))

    def assert_awaited_once_with(self, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." %
                                 (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times." %
                                 (self._mock_name or 'mock', self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()


# ---------------------------------------------------------------- autospec

def _skip_first(spec, name, is_type):
    """Does the attribute `name` of spec take self/cls implicitly?"""
    if not is_type:
        return False
    for base in getattr(spec, '__mro__', (spec,)):
        value = base.__dict__.get(name, DEFAULT)
        if value is DEFAULT:
            continue
        if isinstance(value, staticmethod):
            return False
        if isinstance(value, classmethod):
            return True
        return isinstance(value, FunctionType)
    return False


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock with the attributes of spec; calls are checked against its signatures."""
    if _is_list(spec):
        spec = type(spec)
    eat_first = False
    if isinstance(spec, (staticmethod, classmethod)):
        eat_first = isinstance(spec, classmethod)
        spec = spec.__func__
    is_type = isinstance(spec, type)
    is_func = isinstance(spec, (FunctionType, MethodType))
    kw = {'spec': spec}
    if spec_set:
        kw = {'spec_set': spec}
    elif spec is None:
        kw = {}
    if kw and instance:
        kw['_spec_as_instance'] = True
    kw.update(kwargs)
    Klass = MagicMock
    if not _callable(spec):
        Klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    name = kw.pop('name', _name)
    new_name = _name
    if _parent is None:
        new_name = ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=new_name,
                 name=name, unsafe=unsafe, **kw)
    if is_func:
        return _autospec_function_result(spec, mock, eat_first)
    if is_type and not instance:
        _install_sig_check(mock, _autospec_signature(spec))
    elif instance and _instance_callable(spec):
        _install_sig_check(mock, _signature_of(spec, True))
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if isinstance(original, (FunctionType, MethodType)):
            skip = (not isinstance(original, MethodType)
                    and _skip_first(spec, entry, is_type))
            child_kw = {'spec_set' if spec_set else 'spec': original}
            child = MagicMock(parent=mock, name=entry, _new_name=entry,
                              _new_parent=mock, _eat_self=skip, **child_kw)
            mock._mock_children[entry] = child
            _install_sig_check(child, _autospec_signature(original, skip))
            child.return_value = MagicMock()
            child._mock_return_value.__dict__['_mock_new_parent'] = child
            child._mock_return_value.__dict__['_mock_new_name'] = '()'
        else:
            mock._mock_children[entry] = _SpecState(original, spec_set, mock,
                                                    entry, None, instance)
    return mock


def _autospec_signature(obj, eat_self=False):
    """Signature that calls to an autospecced obj must match, or None (unknown)."""
    if isinstance(obj, type):
        init = None
        for base in obj.__mro__:
            if '__init__' in base.__dict__:
                init = base.__dict__['__init__']
                break
        if not isinstance(init, FunctionType):
            return None
        return _signature_of(init, eat_self=True)
    return _signature_of(obj, eat_self=eat_self)


def _install_sig_check(mock, sig):
    if sig is None:
        return

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    mock.__dict__['_mock_check_sig'] = checksig
    mock.__dict__['_spec_signature'] = sig


def _autospec_function_result(spec, mock, eat_first=False):
    """Wrap mock in a callable checking spec's signature (CPython returns a function too)."""
    sig = _signature_of(spec, eat_self=eat_first)
    mock.__dict__['_spec_signature'] = sig

    def checker(*args, **kwargs):
        if sig is not None:
            sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)

    func = _AutospecFunc(checker, mock, spec)
    return func


class _AutospecFunc:
    """Callable stand-in for an autospecced function: checks the signature, delegates to .mock."""

    def __init__(self, checker, mock, spec):
        d = self.__dict__
        d['_checker'] = checker
        d['mock'] = mock
        d['__name__'] = getattr(spec, '__name__', 'funcopy')
        d['__doc__'] = getattr(spec, '__doc__', None)
        d['__wrapped__'] = spec

    def __call__(self, *args, **kwargs):
        return self._checker(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.__dict__['mock'], name)

    def __setattr__(self, name, value):
        setattr(self.__dict__['mock'], name, value)

    def __repr__(self):
        return '<function %s>' % self.__dict__['__name__']


# ---------------------------------------------------------------- patching

def _import_dotted(target):
    parts = target.split('.')
    name = parts.pop(0)
    obj = __import__(name)
    for part in parts:
        name += '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            __import__(name)
            obj = getattr(obj, part)
    return obj


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _import_dotted(owner)), attribute


_active_patches = []


class _patch:
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                   self.spec_set, self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, attr)
            if not hasattr(value, '__call__'):
                continue
            setattr(klass, attr, self.copy()(value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                arg = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            yield (args + tuple(extra_args), keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        if inspect.iscoroutinefunction(func):
            @wraps(func)
            async def patched(*args, **keywargs):
                with self.decoration_helper(patched, args, keywargs) as (a, k):
                    return await func(*a, **k)
        else:
            @wraps(func)
            def patched(*args, **keywargs):
                with self.decoration_helper(patched, args, keywargs) as (a, k):
                    return func(*a, **k)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None)
                and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            Klass = MagicMock
            if spec is None and inspect.iscoroutinefunction(original):
                Klass = AsyncMock
            mkw = {}
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec_set if spec_set is not None else spec
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if inspect.iscoroutinefunction(this_spec):
                    Klass = AsyncMock
                elif not_callable:
                    Klass = NonCallableMagicMock
            if spec is not None:
                mkw['spec'] = spec
            if spec_set is not None:
                mkw['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock)
                    and self.attribute):
                mkw['name'] = self.attribute
            mkw.update(kwargs)
            new = Klass(**mkw)
            if inherit and _is_instance_mock(new):
                this_spec = spec_set if spec_set is not None else spec
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                mkw.pop('name', None)
                new.return_value = Klass(_new_parent=new, _new_name='()', **mkw)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute,
                                  **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra = {}
                if self.new is DEFAULT:
                    extra[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra.update(arg)
                return extra
            return new
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__', '__module__',
                                                          '__defaults__', '__annotations__',
                                                          '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Apply the patch; stop() (or patch.stopall()) undoes it."""
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch applied with start()."""
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _import_dotted(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    first = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                   new_callable, {})
    first.attribute_name = attribute
    for attribute, new in items[1:]:
        p = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                   new_callable, {})
        p.attribute_name = attribute
        first.additional_patchers.append(p)
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') during a
    function call, a with block, or between start() and stop()."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """Set keys of a dict (or dict-like) for the duration, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(value, '__call__'):
                p = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, p(value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_dotted(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start()."""
    for p in reversed(_active_patches[:]):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------- seal, mock_open

def seal(mock):
    """Forbid creating new attributes (and return values) on mock and its children."""
    mock._mock_sealed = True
    kids = list(mock._mock_children.values())
    ret = mock.__dict__.get('_mock_return_value', DEFAULT)
    if ret is not DEFAULT:
        kids.append(ret)
    for m in kids:
        if not isinstance(m, NonCallableMock) and not _is_instance_mock(m):
            continue
        if m._mock_new_parent is mock:
            seal(m)


_file_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(); the handle reads from read_data."""
    global _file_spec
    state = [_to_stream(read_data), None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if _file_spec is None:
        _file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
