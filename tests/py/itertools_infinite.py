# count, cycle, repeat: values, reprs, keyword arguments, errors.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(1, 3), 4)))
print(list(islice(count(-2, -1), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(start=3, step=2), 3)))
big = count(2**47 - 2)
print([next(big) for _ in range(4)])
c = count(5)
next(c); next(c)
print(repr(c), repr(count()), repr(count(1, 2)), repr(count(1.5)), repr(count(1, 1.0)))
print(repr(count(-3, -1)), repr(count(2**70)))
for bad in ['a', None, []]:
    try:
        count(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    count(1, 'x')
except TypeError as e:
    print('TypeError', e)

print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
try:
    cycle()
except TypeError as e:
    print('TypeError', e)
try:
    cycle(5)
except TypeError as e:
    print('TypeError', e)

print(list(repeat('x', 3)), list(repeat(7, 0)), list(repeat(1, -5)))
print(list(islice(repeat(None), 2)))
print(repr(repeat('a')), repr(repeat('a', 2)), repr(repeat([1], -3)))
r = repeat(4, 3)
next(r)
print(repr(r), r.__length_hint__())
print(list(repeat(object=2, times=2)))
try:
    len(repeat(1, 3))
except TypeError as e:
    print('TypeError', e)
try:
    repeat()
except TypeError as e:
    print('TypeError', e)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(list(map(pow, range(5), repeat(2))))
print(type(count()).__name__, type(cycle('')).__name__, type(repeat(1)).__name__)
