# Tuple literals: empty, singleton, parentheses vs commas.
a = ()
b = (1,)
c = 1,
d = (1)
e = 1, 2, 3
print(a, b, c, d, e)
print(type(a), type(b), type(c), type(d), type(e))
print(len(a), len(b), len(e))
print(repr((None,)), repr(("a",)), ((),), ((), ()))
f = ((1, 2),)
print(f, f[0], f[0][1])
g = (1, "two", 3.0, [4], (5,), {6: 7})
print(g)
print((1, 2) + (3,), (1,) * 3, () * 5)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
