# Iterator classes in for loops, comprehensions and builtins.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for i in Countdown(3):
    print('tick', i)
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
print([x * 2 for x in Countdown(3)], {x for x in Countdown(2)}, dict.fromkeys(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
it = Countdown(2)
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(3 in Countdown(5), 7 in Countdown(5))
print(list(zip(Countdown(3), 'abc')), list(enumerate(Countdown(2))))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration('finished')
        self.i += 1
        return self.i
r = Range2(3)
print(list(r), list(r), [x + y for x in r for y in r])

class GenIter:
    def __iter__(self):
        yield 'g1'
        yield 'g2'
print(list(GenIter()), ', '.join(GenIter()))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in NotIter():
        pass
except TypeError as e:
    print('TypeError:', e)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)

class Raiser:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('boom')
try:
    list(Raiser())
except ValueError as e:
    print('ValueError:', e)

class NoIterMethod:
    __iter__ = None
try:
    iter(NoIterMethod())
except TypeError as e:
    print('TypeError:', e)

def gen():
    yield from Countdown(3)
print(list(gen()))
