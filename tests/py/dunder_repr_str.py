# __repr__ vs __str__ in print, str(), repr(), containers and f-strings.
class Both:
    def __repr__(self):
        return 'Both(repr)'
    def __str__(self):
        return 'both-str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'str-only'
class Neither:
    pass

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print(repr(s).startswith('<__main__.StrOnly object at 0x'), str(Neither()).startswith('<__main__.Neither object'))
print([b, r], (b,), {'k': b}, {r})
print(f"{b} {b!r} {b!s} {r} {s}")
print('%s %r' % (b, b), '{} {!r}'.format(b, r))
print(ascii(b), format(b), format(r, ''))

class Bad:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
try:
    repr(Bad())
except TypeError as e:
    print('TypeError:', e)
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
try:
    print([Bad()])
except TypeError as e:
    print('TypeError:', e)

class Sub(Both):
    def __repr__(self):
        return 'Sub:' + super().__repr__()
print(Sub(), repr(Sub()))
class SuperStr(ReprOnly):
    def __str__(self):
        return 'S[' + super().__str__() + ']'
print(SuperStr())
print(object.__repr__(b).startswith('<__main__.Both object'), object.__str__(r))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f'Nested({self.items!r})'
print(Nested([Nested([1]), ReprOnly()]))
