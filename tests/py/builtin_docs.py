# __doc__ of builtin functions, types and their methods: CPython's text.
import math

print(len.__doc__)
print(abs.__doc__)
print(isinstance.__doc__)
print(object.__doc__)
print(int.__doc__.splitlines()[0])
print(str.__doc__.splitlines()[0])
print(list.__doc__)
print(dict.__doc__.splitlines()[0])
print(list.append.__doc__)
print([].append.__doc__)
print(str.join.__doc__.splitlines()[0])
print('x'.upper.__doc__)
print(dict.fromkeys.__doc__)
print(int.from_bytes.__doc__.splitlines()[0])
print(math.sqrt.__doc__)
print(math.pow.__doc__)
print(pow.__doc__.splitlines()[0])
print(ValueError.__doc__, KeyError.__doc__)


class L(list):
    """mine"""


print(L.__doc__, L().append.__doc__, L.append.__doc__)


class N(list):
    pass


print(N.__doc__)
print(sorted.__doc__.splitlines()[0])
print(type(None).__doc__)
