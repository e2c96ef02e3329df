# Builtin functions and methods: __qualname__, __module__, __text_signature__
# and inspect.signature as CPython; struct sequence types named sys.X.
import inspect
import math
import sys

print(str.upper.__qualname__, dict.fromkeys.__qualname__, {}.get.__qualname__, [].append.__qualname__)
print(len.__qualname__, math.sqrt.__qualname__, 'x'.join.__qualname__)
print(print.__module__, len.__module__, math.sqrt.__module__, [].append.__module__)
print(len.__text_signature__, [].append.__text_signature__, dict.fromkeys.__text_signature__)
print(math.sqrt.__text_signature__, list.append.__text_signature__)
print(inspect.signature(len), inspect.signature(divmod), inspect.signature([].append))
print(inspect.signature(list.append), inspect.signature(math.sqrt), inspect.signature(dict.fromkeys))
print(inspect.signature(sorted), inspect.signature(str.split), inspect.signature('a'.split))
print(inspect.signature(int.to_bytes))
print([p.kind.name for p in inspect.signature(sorted).parameters.values()])
print(type(sys.version_info), type(sys.float_info), type(sys.version_info).__name__)


class L(list):
    pass


print(L().append.__qualname__, L.append.__qualname__)
