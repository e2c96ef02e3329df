"""Generic (shallow and deep) copying operations.

copy(x) and deepcopy(x, memo) as CPython's: __copy__ / __deepcopy__ when a
class defines them, the containers by type, and for other instances a new
object of the same class whose __dict__ is a (deep) copy of the original's.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward compatibility


def _function():
    pass

_atomic = {type(None), int, float, bool, str, bytes, type, range,
           type(_function), type(len), type(Ellipsis), type(NotImplemented),
           frozenset, property, slice}
_plain_containers = (list, dict, set)
try:
    _atomic.add(complex)
except NameError:
    pass
try:
    _plain_containers += (bytearray,)
except NameError:
    pass


def _reconstruct_instance(x, cls, state_copier):
    y = cls.__new__(cls)
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if state:
        state = state_copier(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls in _plain_containers:
        return cls.copy(x) if cls in (list, dict, set) else cls(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    if isinstance(x, dict):
        y = _reconstruct_instance(x, cls, lambda s: s.copy())
        y.update(x)
        return y
    if isinstance(x, (list, bytearray)):
        y = _reconstruct_instance(x, cls, lambda s: s.copy())
        y.extend(x)
        return y
    return _reconstruct_instance(x, cls, lambda s: s.copy())


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple that (through a cycle) was copied meanwhile is reused.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = cls.__new__(cls)
            memo[d] = y
            if isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            elif isinstance(x, list):
                for a in x:
                    y.append(deepcopy(a, memo))
            elif isinstance(x, bytearray):
                y.extend(x)
            try:
                state = x.__dict__
            except AttributeError:
                state = None
            if state:
                state = deepcopy(state, memo)
                if hasattr(y, '__setstate__'):
                    y.__setstate__(state)
                else:
                    y.__dict__.update(state)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
