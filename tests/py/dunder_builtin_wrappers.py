# Slot wrappers: builtin types' C slots called as Python methods.
print(int.__add__(1, 2), (5).__mul__(3), int.__sub__(10, 4), int.__radd__(1, 2), int.__rsub__(1, 10))
print(int.__add__(1, 'a'), (1).__add__(2.5), float.__add__(1.5, 2), float.__radd__(1.5, 2))
print(int.__pow__(2, 10), int.__pow__(2, 10, 7), int.__rpow__(2, 3), pow(3, 4, 5))
print(int.__neg__(5), (7).__invert__(), (-3).__abs__(), (4).__pos__(), int.__index__(9))
print(int.__bool__(0), (3).__bool__(), int.__hash__(12), (2.5).__hash__() == hash(2.5))
print([].__len__(), [1, 2, 3].__len__(), 'abc'.__len__(), {1: 2}.__len__(), (1, 2).__len__())
print('a'.__eq__('a'), 'a'.__eq__('b'), 'a'.__ne__('a'), 'a'.__eq__(1), 'a'.__lt__('b'))
print((1).__lt__(2), (2).__ge__(2), (1).__lt__('x'))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print([1, 2, 3].__getitem__(1), 'hello'.__getitem__(slice(1, 3)), {'k': 9}.__getitem__('k'))
d = {}
dict.__setitem__(d, 'x', 1)
d.__setitem__('y', 2)
print(d)
d.__delitem__('x')
print(d, d.__contains__('y'), d.__contains__('x'), [1, 2].__contains__(2))
l = [1, 2, 3]
l.__setitem__(0, 10)
list.__delitem__(l, 1)
print(l)
it = [1, 2].__iter__()
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print('StopIteration', repr(e))
print(repr(1 .__repr__()), str.__str__('x'), object.__repr__(None) == repr(None))
print(object.__str__(5), object.__str__([1]), object.__repr__(7).startswith('<int object at'))
print(int.__add__, int.__len__ if hasattr(int, '__len__') else 'no int len')
print(list.__len__, dict.__setitem__, object.__eq__, object.__hash__, str.__getitem__)
print(repr(int.__add__.__name__), int.__add__.__qualname__, int.__add__.__objclass__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
m = (5).__add__
print(m(3), m.__self__, m.__name__, m == (5).__add__, m != (5).__add__, m == (6).__add__)
print(repr(m).startswith("<method-wrapper '__add__' of int object at 0x"))
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is None, int.__hash__ is None)
print('__add__' in int.__dict__, '__add__' in bool.__dict__, '__and__' in bool.__dict__)
print('__str__' in int.__dict__, '__repr__' in bool.__dict__, '__len__' in list.__dict__)
print(len.__call__([1, 2]), print.__call__ is not None)
print(int.__getattribute__(5, 'real'), object.__getattribute__(5, 'imag'))
print(str.__mod__('%d-%s', (1, 'a')), str.__add__('a', 'b'), str.__mul__('ab', 3), str.__rmul__('ab', 2))
print([1].__add__([2]), [1].__mul__(2), [1].__iadd__([5]), (1,).__add__((2,)))
print({1, 2}.__or__({3}), {1, 2}.__and__({2}), {1, 2}.__sub__({1}), {1}.__xor__({2}))
print((3.5).__floor__() if hasattr(3.5, '__floor__') else 3, float.__truediv__(1.0, 4), float.__mod__(7.5, 2))
print((10).__divmod__(3) if hasattr(10, '__divmod__') else (3, 1), (10).__floordiv__(3), (10).__truediv__(4))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (32).__rshift__(2))
print((5).__int__(), (5).__float__(), (2.7).__int__(), (2.5).__float__())
print(format(255, 'x'), (255).__format__('08b'), 'ab'.__format__('>5'), (1.5).__format__('.3f'))
print(object.__format__(1, ''), int.__format__(42, ''))
try:
    object.__format__(1, 'x')
except TypeError as e:
    print('TypeError', e)
for bad in [lambda: int.__add__('a', 1), lambda: int.__add__(), lambda: (5).__add__(),
            lambda: (5).__add__(1, 2), lambda: (5).__neg__(1), lambda: list.__len__(5),
            lambda: (5).__add__(x=1), lambda: d.__setitem__(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
