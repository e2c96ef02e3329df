data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data))
print(sorted(data, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, reverse=True))
l = [3, 1, 2]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
recs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
recs.sort(key=lambda r: r[0])
print(recs)
recs.sort(key=lambda r: r[0], reverse=True)
print(recs)
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted(range(3), reverse=True))
print(sorted([], key=len), sorted([1.5, 1, True, 0.5]))
big = [(i % 7, i) for i in range(50)]
s1 = sorted(big, key=lambda t: t[0])
print(s1 == sorted(big), [t[1] for t in s1][:10])
