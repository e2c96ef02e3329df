# groupby: grouping, key functions, and the shared-iterator semantics.
from itertools import groupby

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for k, g in groupby(data, key=lambda t: t[0]):
    print(k, [v for _, v in g])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2])])

# A group is invalidated once the parent advances.
groups = []
for k, g in groupby('aabbc'):
    groups.append(g)
print([list(g) for g in groups])

gb = groupby('xxyyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))

gb = groupby('aab')
k, g = next(gb)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('group exhausted')
k, g = next(gb)
print(k, list(g))
try:
    next(gb)
except StopIteration:
    print('done')

print(list(groupby([])))
gb = groupby(range(10), key=lambda x: x // 3)
print([(k, list(g)) for k, g in gb])
print(type(next(groupby('a'))[1]).__name__)
try:
    groupby()
except TypeError as e:
    print('TypeError', e)
try:
    list(groupby([1, 2], key=lambda x: 1 / 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
