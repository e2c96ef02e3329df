# list.sort: stability, reverse, key, mixed numeric types, strings.
a = [5, 2, 8, -1, 0, 3, 3, 10 ** 20, -(10 ** 20), 2.5]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", ""]
w.sort()
print(w)
def length(s):
    return len(s)
w.sort(key=length)
print(w)
w.sort(key=length, reverse=True)
print(w)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
pairs.sort()
print(pairs)
def first(p):
    return p[0]
recs = [(3, "x"), (1, "y"), (3, "a"), (1, "b"), (2, "c")]
recs.sort(key=first)
print(recs)
recs.sort(key=first, reverse=True)
print(recs)
e = []
e.sort()
print(e)
big = []
x = 12345
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    big.append(x % 1000)
big.sort()
print(big[:10], big[-10:], big[100])
ok = True
for i in range(len(big) - 1):
    if big[i] > big[i + 1]:
        ok = False
print(ok)
n = [[3, 1], [1, 2], [3, 0], [1]]
n.sort()
print(n)
print([True, False, 0, 1, -1].sort(), [1, 2].sort())
t = [True, False, 0, 1, -1]
t.sort()
print(t)
