# Subclass instances as dict/set keys: hash and equality match the base
# value, so lookups with the plain value find them and vice versa.
class I(int): pass
class S(str): pass
class F(float): pass
class T(tuple): pass
class B(bytes): pass

d = {I(1): 'int', S('k'): 'str', F(0.5): 'float', T((1, 2)): 'tuple', B(b'z'): 'bytes'}
print(d[1], d['k'], d[0.5], d[(1, 2)], d[b'z'])
print(sorted(type(k).__name__ for k in d))
d[1] = 'replaced'
print(len(d), d[I(1)], type(list(d)[0]).__name__)
plain = {1: 'a', 'x': 'b', 2.0: 'c', (3,): 'd', b'q': 'e'}
print(plain[I(1)], plain[S('x')], plain[F(2.0)], plain[I(2)], plain[T((3,))], plain[B(b'q')])
s = {I(3), 3, S('a'), 'a', F(3.0), T(()), ()}
print(len(s), sorted(map(repr, s)))
print(I(5) in {5}, S('v') in frozenset(['v']), F(1.0) in {1}, T((1,)) in {(1,): 0})
big = I(2**90)
print({2**90: 'big'}[big], hash(big) == hash(2**90), hash(I(-1)) == hash(-1), hash(F(-1.0)))
counts = {}
for w in [S('a'), 'a', S('b'), 'a']:
    counts[w] = counts.get(w, 0) + 1
print(counts)
