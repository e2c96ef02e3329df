# range: len, indexing, iteration, membership, truthiness.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0), range(-5, 5, 2), range(0), range(1, 2)]:
    print(r, len(r), list(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[len(r) - 1], 7 in r, 8 in r, 31 in r)
total = 0
for i in range(101):
    total += i
print(total)
print(list(range(-3)), list(range(-3, 0)), list(range(5, 5)))
print(range(10).start, range(10).stop, range(10).step, range(1, 9, 2).step)
print(type(range(3)), range(3) == range(0, 3, 1), range(0) == range(2, 1))
print(max(range(10)), min(range(3, 9)), sum(range(1, 11)), sum(range(0, 100, 7)))
