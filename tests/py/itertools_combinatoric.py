# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product('ab', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product([])), list(product('ab', [])))
print(list(product('ab', repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
print(list(product([1, 2], 'a', repeat=2)))
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError', e)
try:
    product('a', foo=1)
except TypeError as e:
    print('TypeError', e)

print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([], 0)), list(permutations([])), list(permutations('ab', 3)))
print(list(permutations('abc', 0)))
print(len(list(permutations(range(6)))), sum(1 for _ in permutations(range(7), 3)))
try:
    permutations('a', -1)
except ValueError as e:
    print('ValueError', e)

print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(sum(1 for _ in combinations(range(20), 4)))
try:
    combinations('a')
except TypeError as e:
    print('TypeError', e)
try:
    combinations('a', -2)
except ValueError as e:
    print('ValueError', e)

print(list(cwr('ABC', 2)))
print(list(cwr(range(3), 3)))
print(list(cwr('', 2)), list(cwr('', 0)), list(cwr('ab', 0)))
print(sum(1 for _ in cwr(range(10), 4)))

# Results are fresh tuples even when a previous one was kept.
kept = []
for t in combinations(range(4), 2):
    kept.append(t)
print(kept)
p = permutations('xyz')
a = next(p); b = next(p)
print(a, b, a is b)
print([''.join(t) for t in product('01', repeat=3)])
