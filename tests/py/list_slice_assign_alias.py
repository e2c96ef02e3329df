# Slice assignment from another list reads it in place; from the list
# itself it copies first.
a = list(range(10))
b = [100, 101, 102]
a[2:5] = b
print(a, b)
a[:3] = a
print(a)
a = a[:10]
a[::2] = a[1::2]
print(a)
c = list(range(6))
c[::-1] = c
print(c)
d = list(range(6))
d[1:3] = d[2:]
print(d)
e = [1, 2, 3]
e[len(e):] = e
print(e)


class Noisy:
    def __init__(self, tag, into):
        self.tag = tag
        self.into = into

    def __del__(self):
        self.into.append(self.tag)


log = []
src = ["x", "y"]
dst = [Noisy(1, log), Noisy(2, log), 3]
dst[0:2] = src
print(dst, src, log)
