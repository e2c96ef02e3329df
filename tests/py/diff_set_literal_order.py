# A set display of 3+ constants is a frozenset constant merged into an
# empty set (CPython's compiler); its print order follows from that table,
# which can differ from adding the items one by one.
print({(1, 2), (2, 1), (0, 0), (3, 4), (1,), ()})
print({5, 3, 1, 100, 33, 17, 64, -1, -5}, {1000, 10, 100, 1}, {-1, -2, -3, -4})
print({2**32, 2**33, 1}, {0.5, 1, 1.0, True}, {1.5, 2.5, 0.1, -0.5, 1e10, float("inf")})
a, b, c = (1, 2), (0, 0), (1,)
print({a, (2, 1), b, (3, 4), c, ()})          # built item by item: BUILD_SET
print({(i, j) for i in range(3) for j in range(3)}, set([(1, 2), (2, 1), (0, 0), (3, 4), (1,), ()]))
print({None, 0, 1, 2}, set([None, 5, 3, 190, 62]))
print(frozenset({(5, 6), (7, 8), (9, 10), (1, 1)}), {"only"}, {1, 2}, {*(3, 2, 1)}, {*[(1,), ()], (2, 2)})
for s in [{(1, 2), (2, 1), (0, 0), (3, 4), (1,), ()}, {10, 20, 30, 40, 50, 60, 70}]:
    s.add(99)
    s.discard(10)
    print(s, len(s))
