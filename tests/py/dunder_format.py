# __format__ in format(), f-strings and str.format.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f"${self.cents // 100}"
        if spec == '':
            return f"${self.cents / 100:.2f}"
        return f"${self.cents / 100:{spec}}"
    def __str__(self):
        return 'Money'

m = Money(12345)
print(format(m), format(m, 'short'), format(m, '>12.1f'))
print(f"{m}|{m:short}|{m:.3f}|{m!s}|{m!s:>8}")
print('{0}|{1:short}|{0:.1f}'.format(m, m))
w = 10
print(f"{m:{w}.2f}|")

class Plain:
    def __str__(self):
        return 'plain'
print(format(Plain()), f"{Plain()}", f"{Plain()!r}"[:8])
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    f"{Plain():>5}"
except TypeError as e:
    print('TypeError:', e)

class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1:] if spec else 'C'
        v = self.c if unit == 'C' else self.c * 9 / 5 + 32
        return f"{v:.1f}{unit}"
print(f"{Temp(100)} {Temp(100):F} {Temp(-40):F}")
class FloatFmt:
    def __format__(self, spec):
        return format(3.14159, spec)
print(f"{FloatFmt():.2f} {FloatFmt():e}")
print(int.__format__(255, 'x'), float.__format__(2.5, '.2f'), str.__format__('ab', '^6'))
print(object.__format__(Plain(), ''))
