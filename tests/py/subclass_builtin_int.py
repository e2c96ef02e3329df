# int subclasses: construction forms, results of operations are plain ints,
# instance attributes, isinstance, big values, conversions.
class MyInt(int):
    pass

a = MyInt(5)
print(a, repr(a), type(a).__name__, isinstance(a, int), issubclass(MyInt, int))
print(MyInt(), MyInt('12', 16), MyInt('0x1f', 0), MyInt('101', base=2), MyInt(3.9), MyInt(True), type(MyInt(True)).__name__)
print(MyInt(2**100), MyInt(-2**70) * 2, MyInt(' 42 '))
for v in [a + 1, 1 + a, a - 2, a * 3, a // 2, a % 3, a ** 2, -a, +a, abs(MyInt(-3)), ~a,
          a << 2, a >> 1, a & 6, a | 8, a ^ 1, int(a), round(a), a.real, a.numerator,
          a.__index__(), pow(a, 2, 7), divmod(a, 2)]:
    print(type(v).__name__, v)
print(a / 2, type(a / 2).__name__, a + 0.5, float(a), a.bit_length(), MyInt(255).to_bytes(2, 'big'))
a.note = 'hello'
print(a.note, a.__dict__, vars(a))
del a.note
print(a.__dict__, hasattr(a, 'note'))
print(a == 5, a != 5, a < 6, a >= 5, 5 == a, a == 5.0, bool(MyInt(0)), bool(a))
print(hex(MyInt(255)), oct(MyInt(8)), bin(MyInt(5)), f'{MyInt(5):04d}', f'{a}', '%d' % a, '{:x}'.format(MyInt(255)))
print([10, 20, 30, 40, 50, 60][a], 'abcdefg'[MyInt(2)], list(range(MyInt(3))), sum([MyInt(1), MyInt(2)]), max(MyInt(1), 0))
print(sorted([MyInt(3), 1, MyInt(-1), 2]), MyInt(7) in [7], str(a), int('7') == MyInt(7))
big = MyInt(2**80)
big.x = 1
print(big, big.x, big + 1, type(big + 1).__name__, big // MyInt(2**40), hash(big) == hash(2**80))

class Sub2(MyInt):
    pass
s2 = Sub2(9)
print(s2, isinstance(s2, MyInt), Sub2.__mro__, s2 + a)
try:
    MyInt('zz')
except ValueError as e:
    print('ValueError', e)
try:
    MyInt(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
