# Attribute adds in different orders, shared shapes, specialised loops.
class P:
    def __init__(self, a, b, flip):
        if flip:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b
    def total(self):
        return self.a * 10 + self.b

ps = [P(i, i + 1, i % 3 == 0) for i in range(40)]
acc = 0
for _ in range(30):
    for p in ps:
        acc += p.total()
        p.a = p.a + 1
print(acc)
print([sorted(vars(p).items()) for p in ps[:4]])
print(list(P(1, 2, True).__dict__), list(P(1, 2, False).__dict__))

# Conditional attributes: some instances get more than others.
class Q:
    def __init__(self, n):
        self.n = n
        if n % 2:
            self.odd = True
        if n % 3 == 0:
            self.three = n // 3
for i in range(8):
    q = Q(i)
    print(i, q.n, getattr(q, 'odd', None), getattr(q, 'three', None), hasattr(q, 'three'))

# A method shadowed by an instance attribute on some instances only.
class M:
    def f(self):
        return 'method'
ms = [M() for _ in range(6)]
ms[3].f = lambda: 'instance'
ms[4].g = 1
for _ in range(3):
    print([m.f() for m in ms])
del ms[3].f
print([m.f() for m in ms])

# Reassignment, None and self-referencing values.
class N:
    pass
n = N()
n.self = n
n.x = None
n.x = [n]
print(n.self is n, n.x[0] is n, sorted(vars(n)))
try:
    n.missing
except AttributeError as e:
    print('AttributeError:', e)
