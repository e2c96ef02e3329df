# heapq.nlargest / nsmallest (with key, ties) and merge (key, reverse, stability).
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(0, data), heapq.nsmallest(-1, data), heapq.nlargest(100, data))
print(heapq.nsmallest(1, data), heapq.nlargest(1, data), heapq.nsmallest(1, []))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(4, words, key=len))
pairs = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
print(heapq.nsmallest(2, pairs, key=lambda p: p[0]), heapq.nlargest(2, pairs, key=lambda p: p[0]))
print(heapq.nlargest(3, iter(range(10))), heapq.nsmallest(2, 'hello'))

print(list(heapq.merge([1, 3, 5], [2, 4, 6])))
print(list(heapq.merge([1, 3, 5], [], [0, 7], [2])))
print(list(heapq.merge()), list(heapq.merge([])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)))
a = [(1, 'a1'), (2, 'a2')]
b = [(1, 'b1'), (2, 'b2')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(b, a, key=lambda t: t[0])))
print(list(heapq.merge([3, 2], [3, 1], key=lambda x: x, reverse=True)))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge([1.5, 2], [1, 3])))
