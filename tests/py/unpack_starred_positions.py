a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
[a, *b] = (9,)
print(a, b)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
x = [0, 0, 0]
x[0], *x[1:] = [7, 8, 9, 10]
print(x)
head, *tail = {"k": 1, "j": 2}
print(head, tail)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
