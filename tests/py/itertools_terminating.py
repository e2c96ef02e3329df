# accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice,
# pairwise, starmap, zip_longest.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=7)), list(it.accumulate([])))
print(list(it.accumulate(['a', 'b', 'c'])))
print(list(it.accumulate(iterable=[1, 2], func=lambda a, b: a - b)))
try:
    list(it.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)

print(list(it.chain('ab', [1, 2], (), range(2))))
print(list(it.chain()), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.chain.from_iterable([[1], [], [2, 3]])))
ch = it.chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print('TypeError', e)
try:
    it.chain(a=1)
except TypeError as e:
    print('TypeError', e)

print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.compress(range(10), it.cycle([True, False]))))
print(list(it.compress(data=[1, 2, 3], selectors=[0, 1])))

print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.filterfalse(None, [0, 1, '', 'a', [], [0]])))
tw = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4]))
print(list(tw), list(tw))
try:
    it.dropwhile(len)
except TypeError as e:
    print('TypeError', e)
try:
    it.takewhile(func=len, iterable=[])
except TypeError as e:
    print('TypeError', e)

print(list(it.islice('ABCDEFG', 2)))
print(list(it.islice('ABCDEFG', 2, 4)))
print(list(it.islice('ABCDEFG', 2, None)))
print(list(it.islice('ABCDEFG', 0, None, 2)))
print(list(it.islice('ABCDEFG', None)))
print(list(it.islice('ABCDEFG', None, None, 3)))
print(list(it.islice(range(100), 10, 50, 15)))
print(list(it.islice('AB', 5, 10)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
for args in [(-1,), (1, -1), (1, -2), (-1, 3), (0, 1, 0), (0, 1, -1), ('a',), (1.5,), (0, 'x')]:
    try:
        it.islice([1], *args)
    except ValueError as e:
        print('ValueError', e)
try:
    it.islice([1])
except TypeError as e:
    print('TypeError', e)
try:
    it.islice([1], 1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    it.islice([1], stop=1)
except TypeError as e:
    print('TypeError', e)

print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), iter([5, 6])])))
try:
    list(it.starmap(pow, [5]))
except TypeError as e:
    print('TypeError', e)

print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(it.zip_longest('AB', [1, 2, 3], [True])))
print(list(it.zip_longest()), list(it.zip_longest([], [])))
try:
    it.zip_longest([1], fill=1)
except TypeError as e:
    print('TypeError', e)
