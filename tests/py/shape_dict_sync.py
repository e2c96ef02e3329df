# __dict__ and vars() stay in sync with attribute access both ways.
class C:
    def __init__(self):
        self.x = 1
        self.y = 2

c = C()
d = c.__dict__
print(d)
c.z = 3
print(d, d is c.__dict__)
d['w'] = 4
print(c.w, vars(c) is d)
del d['x']
print(hasattr(c, 'x'), c.__dict__)
c.x = 10
print(d['x'], list(d))
d.clear()
print(hasattr(c, 'y'), vars(c))
c.__dict__ = {'k': 'v'}
print(c.k, vars(c))
c.k2 = 5
print(c.__dict__)

# Deleting an attribute, then continuing to use the instance.
e = C()
for i in range(5):
    e.x = i
del e.y
print(vars(e), hasattr(e, 'y'))
try:
    del e.y
except AttributeError as ex:
    print('AttributeError:', ex)
e.y = 'back'
print(vars(e))

# Other instances of the class are unaffected by one switching to a dict.
f = C()
print(f.x, f.y, vars(f))

# Many attributes (past the shape limit).
class Big:
    pass
b = Big()
for i in range(100):
    setattr(b, 'a%d' % i, i)
print(len(vars(b)), b.a0, b.a63, b.a64, b.a99, sum(getattr(b, 'a%d' % i) for i in range(100)))
b2 = Big()
for i in range(60):
    setattr(b2, 'a%d' % i, -i)
print(b2.a59, len(b2.__dict__))

# Dynamic names through getattr/setattr/hasattr/delattr.
class D:
    pass
o = D()
names = ['al' + 'pha', ''.join(['be', 'ta']), 'gamma']
for k, nm in enumerate(names):
    setattr(o, nm, k)
print([getattr(o, nm) for nm in names], o.alpha, o.beta, hasattr(o, 'be' + 'ta'))
delattr(o, 'al' + 'pha')
print(hasattr(o, 'alpha'), vars(o))
try:
    setattr(o, 1, 2)
except TypeError as ex:
    print('TypeError:', ex)
o.__dict__[1] = 'int key'
print(sorted(map(str, vars(o))))
