# The old sequence protocol: __getitem__ alone makes a class iterable.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError('done')
        return i * i
print(list(Squares(5)), tuple(Squares(0)), 16 in Squares(5), 15 in Squares(5))
for x in Squares(3):
    print('sq', x)
it = iter(Squares(2))
print(next(it), next(it), next(it, 'end'), next(it, 'end'))
print(sorted(Squares(4), reverse=True), max(Squares(4)), dict(zip(Squares(3), 'abc')))
class StopAt:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return 'x%d' % i
print(list(StopAt()))
class Endless:
    def __getitem__(self, i):
        return i
for v in Endless():
    if v > 3:
        break
    print('endless', v)
class ItemErr:
    def __getitem__(self, i):
        raise TypeError('bad index type')
try:
    list(ItemErr())
except TypeError as e:
    print('TypeError:', e)
a, b, c = Squares(3)
print(a, b, c, [*Squares(3)], sum(Squares(10)))
