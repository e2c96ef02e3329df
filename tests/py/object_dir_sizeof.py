import sys
print(hasattr(object, '__dir__'), hasattr(object, '__sizeof__'))
class A:
    x = 1
    def __init__(self): self.y = 2
a = A()
print(sorted(a.__dir__()) == dir(a), 'y' in a.__dir__(), type(a.__dir__()).__name__)
print([].__sizeof__(), ().__sizeof__(), (1,2).__sizeof__(), {}.__sizeof__(), (5).__sizeof__(), 1.0.__sizeof__(), "abc".__sizeof__())
print(sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(1))
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()))
class B:
    def __sizeof__(self): return -1
try: sys.getsizeof(B())
except ValueError as e: print(e)
class C:
    def __sizeof__(self): return 'x'
try: sys.getsizeof(C())
except TypeError as e: print(e)
class D:
    def __dir__(self): return ['b', 'a']
print(dir(D()))
import math; print('sqrt' in dir(math))
print(object.__init__, property.__get__, object.__dir__)
class P: pass
class Q:
    __slots__ = ('a', 'b')
class R(Q):
    __slots__ = ('c',)
class L(list): pass
print(sys.getsizeof(P()), P().__sizeof__(), sys.getsizeof(Q()), Q().__sizeof__(), sys.getsizeof(R()), R().__sizeof__(), sys.getsizeof(L()), L().__sizeof__())
import ipaddress
print(ipaddress.IPv4Interface('0.0.0.0/0').is_unspecified, ipaddress.IPv4Address('0.0.0.0').is_unspecified,
      ipaddress.IPv4Interface('127.0.0.1/8').is_loopback, ipaddress.IPv6Interface('::/0').is_unspecified)
