# int/float __divmod__/__rdivmod__/__getnewargs__, str/bytes/tuple
# __getnewargs__, which builtin types expose __bool__/__radd__, and the
# qualified names in their argument errors.
import copy, pickle

print((7).__divmod__(2), (7).__rdivmod__(2), (-7).__divmod__(2), (7).__divmod__(2.0), (7).__divmod__('x'))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (7.5).__divmod__(True), (7.5).__divmod__(None))
print(True.__divmod__(True), (10**30).__divmod__(7), (7).__rdivmod__(10**30))
for f in (lambda: (1).__divmod__(0), lambda: (1.0).__divmod__(0), lambda: (0).__rdivmod__(5)):
    try:
        f()
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)

class I(int): pass
class F(float): pass
class R:
    def __rdivmod__(self, other): return ('rdivmod', other)
    def __divmod__(self, other): return ('divmod', other)
print(divmod(I(7), 2), divmod(7, I(2)), divmod(F(7.5), 2), divmod(5, F(2.0)), divmod(5, R()), divmod(R(), 5))
print(int.__divmod__(I(9), 4), float.__rdivmod__(F(2.0), 9))

print((5).__getnewargs__(), True.__getnewargs__(), I(3).__getnewargs__(), (2.5).__getnewargs__())
print('ab'.__getnewargs__(), b'ab'.__getnewargs__(), (1, 2).__getnewargs__())
class S(str): pass
class B(bytes): pass
class T(tuple): pass
for v in (S('s'), B(b'b'), T((1, 2)), I(4), F(1.5)):
    a = v.__getnewargs__()
    print(type(v).__name__, a, type(a[0]).__name__, copy.copy(v) == v, type(copy.deepcopy(v)).__name__,
          pickle.loads(pickle.dumps(v)) == v, type(pickle.loads(pickle.dumps(v))).__name__)

for t in (str, list, tuple, bytes, bytearray, dict, set, frozenset, range, int, float, complex):
    print(t.__name__, hasattr(t, '__bool__'), hasattr(t, '__radd__'), hasattr(t, '__rmul__'), hasattr(t, '__add__'))
import collections, array
print(hasattr(collections.deque, '__bool__'), hasattr(collections.deque, '__radd__'), hasattr(array.array, '__radd__'))
class L(list):
    def __radd__(self, other): return 'L.__radd__'
print([1] + L([2]), (1,) + L([2]) if False else 'skip')
class Str(str):
    def __radd__(self, other): return 'Str.__radd__'
print('a' + Str('b'))

for f in (lambda: (1).bit_length(1), lambda: (1).bit_count(x=1), lambda: (1).conjugate(2),
          lambda: (1).__trunc__(1), lambda: (1).__floor__(1), lambda: (1).__ceil__(1),
          lambda: (1).as_integer_ratio(1), lambda: (1).__getnewargs__(1), lambda: (1.5).hex(1),
          lambda: (1.5).is_integer(1), lambda: (1.5).__floor__(x=1), lambda: (1.5).__round__(1, 2),
          lambda: (1.5).conjugate(1), lambda: (1j).conjugate(1), lambda: 'a'.__getnewargs__(1)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
