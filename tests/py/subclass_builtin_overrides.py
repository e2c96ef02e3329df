# Dunder overrides on builtin value subclasses: __add__, __str__, __repr__,
# __eq__, __hash__, __len__, __getitem__, __bool__, __format__.
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __repr__(self):
        return f'Money({int(self)})'
    def __str__(self):
        return f'${int(self)}'

m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, 3 + m, sum([Money(1), Money(2)], Money(0)), m * 2, type(m * 2).__name__)
print([m], f'{m}', '%s' % m, '%d' % m, str(m), int(m))

class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(self.lower())
k = CaseInsensitive('Hello')
print(k == 'HELLO', k != 'hello', 'hello' == k, {k: 1}.get(CaseInsensitive('HELLO')), k in {CaseInsensitive('hello')})

class AlwaysEqual(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__
ae = AlwaysEqual(3)
print(ae == 99, 99 == ae, ae != 3, hash(ae) == hash(3))

class Unhashable(str):
    __hash__ = None
try:
    hash(Unhashable('x'))
except TypeError as e:
    print('TypeError', e)

class Reversed(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, tuple.__len__(self) - 1 - i)
    def __len__(self):
        return 42
r = Reversed((1, 2, 3))
print(r[0], r[2], len(r), tuple.__len__(r))

class Falsy(float):
    def __bool__(self):
        return False
print(bool(Falsy(1.0)), 'yes' if Falsy(2) else 'no')

class Fmt(float):
    def __format__(self, spec):
        return f'<{float(self):{spec}}>'
print(f'{Fmt(1.5):.2f}', format(Fmt(2), ''), '{:.1f}'.format(Fmt(0.25)))

class Neg(int):
    def __neg__(self):
        return 'negated'
    def __lt__(self, other):
        return 'lt'
print(-Neg(1), Neg(1) < 0, Neg(1) > 0)

class Cmp(bytes):
    def __contains__(self, item):
        return True
print(b'zz' in Cmp(b'a'), 5 in Cmp(b''))
