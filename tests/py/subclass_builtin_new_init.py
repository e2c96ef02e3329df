# Construction forms: custom __new__ via int.__new__ / super().__new__,
# __init__ with the value arguments, class hierarchies, errors.
class Pos(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError('negative')
        return int.__new__(cls, value)

p = Pos(3)
print(p, type(p).__name__, p + 1)
try:
    Pos(-1)
except ValueError as e:
    print('ValueError', e)

class Tagged(int):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged('12', 'dozen')
print(t, t.tag, t * 2)

class WithInit(str):
    def __init__(self, value):
        self.original_len = len(value)
w = WithInit('abc')
print(w, w.original_len)

class Both(float):
    def __new__(cls, v, unit):
        return super().__new__(cls, v)
    def __init__(self, v, unit):
        self.unit = unit
b = Both('1.5', 'kg')
print(b, b.unit, b * 2)

class NotMine(int):
    def __new__(cls, v):
        return v * 10   # not an instance: __init__ is skipped
    def __init__(self, v):
        print('never')
print(NotMine(4), type(NotMine(4)).__name__)

print(int.__new__(int, 7), str.__new__(str, 'x'), float.__new__(float, 2), tuple.__new__(tuple, 'ab'), bytes.__new__(bytes, 2))
print(type(int.__new__(Pos, 5)).__name__, int.__new__(Pos, 5))
try:
    int.__new__(str, 5)
except TypeError as e:
    print('TypeError', e)
try:
    int.__new__(5)
except TypeError as e:
    print('TypeError', e)
print('__new__' in int.__dict__, '__new__' in str.__dict__, '__new__' in tuple.__dict__)

class Meta(type):
    pass
class WithMeta(int, metaclass=Meta):
    pass
print(WithMeta(8) + 1, type(WithMeta(8)).__name__, type(WithMeta).__name__)

class Mixin:
    def describe(self):
        return f'{type(self).__name__}({super().__repr__()})'
class MixedInt(Mixin, int):
    pass
class MixedStr(Mixin, str):
    pass
print(MixedInt(3).describe(), MixedStr('s').describe(), MixedInt(3) + 1)

try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class IS(int, str):
        pass
except TypeError as e:
    print('TypeError', e)
