s = list(range(10))
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[-1:-4:-1])
print(s[2:8:3], s[100::-4], s[:-100:-1], s[5:5], s[7:2])
t = "abcdefgh"
print(t[::2], t[::-1], t[1:7:2], t[-2::-2])
print(tuple(range(6))[::-2], range(20)[3:15:4])
a = list(range(10))
a[::2] = "abcde"
print(a)
a[1:3] = []
print(a)
a[0:0] = [100, 200]
print(a)
a[-2:] = ["x", "y", "z"]
print(a)
a[:] = [1, 2]
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[::-2]
print(b)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
sl = slice(2, None)
print(s[sl], "hello"[sl])
print(...)
print(Ellipsis is ..., type(...).__name__, repr(Ellipsis))
