# bytes(x) calls type(x).__bytes__ (and checks its result)
class A:
    def __bytes__(self):
        return b'from A'
class B:
    def __bytes__(self):
        return 42
class C(A):
    pass
for _ in range(300):
    r = (bytes(A()), bytes(C()))
print(r)
try:
    bytes(B())
except TypeError as e:
    print('TypeError', e)
a = A()
a.__bytes__ = lambda: b'instance'   # instance attributes are not used
print(bytes(a), bytes(b'plain'), bytes([65, 66]), bytes(3), bytes(bytearray(b'ba')))
