"""Set handlers for asynchronous events (on the _signal builtin module):
the Signals, Handlers and Sigmasks enums around _signal's functions, as
CPython's signal.py."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _convert(name, predicate):
    members = [(n, v) for n, v in _globals.items() if predicate(n)]
    # the first name (sorted) of each value is canonical, the rest aliases
    members.sort(key=lambda t: (t[1], t[0]))
    cls = _IntEnum(name, members, module=__name__)
    _globals.update(cls.__members__)
    _globals[name] = cls
    return cls


_convert('Signals', lambda name:
         name.isupper() and (name.startswith('SIG') and not name.startswith('SIG_'))
         or name.startswith('CTRL_'))
_convert('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))
_convert('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member.
    If it's not a known member, return the value itself.
    """
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value.
    If it's not an IntEnum member return the value itself.
    """
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)




def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)




def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def sigwait(sigset):
    retsig = _signal.sigwait(sigset)
    return _int_to_enum(retsig, Signals)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals
