import copy
b = bytearray(b'ab\xff')
print(b.__reduce_ex__(4), b.__reduce_ex__(2), b.__reduce__(), copy.copy(b), copy.deepcopy(b), copy.deepcopy(b) is b)
class B(bytearray): pass
x = B(b'q'); x.k = 5
y = copy.deepcopy(x); print(type(y).__name__, y, y.k)
print((1j).__complex__(), copy.copy(1+2j), copy.deepcopy([1j, bytearray(b'z')]))
