# __getattr__ is called only when normal lookup fails; __getattribute__ always.
class Dyn:
    cls_attr = 'class'
    def __init__(self):
        self.real = 'instance'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:].upper()
        raise AttributeError(f"Dyn has no {name!r}")
d = Dyn()
print(d.real, d.cls_attr, d.x_hello, getattr(d, 'x_abc'), hasattr(d, 'nope'), hasattr(d, 'x_y'))
try:
    d.nope
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(d, 'nope', 'default'))

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1), p.index(2))

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        print('  get', name)
        return object.__getattribute__(self, name)
l = Logged()
print(l.a, l.secret)
try:
    l.missing
except AttributeError as e:
    print('AttributeError:', e)

class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('from getattribute')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback:{name}'
b = Both()
b.x = 5
print(b.x, b.boom, b.other)

class Setter:
    def __setattr__(self, name, value):
        print('  set', name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print('  del', name)
        object.__delattr__(self, name)
s = Setter()
s.v = 21
print(s.v, s.__dict__)
setattr(s, 'w', 'ab')
print(s.w)
del s.v
print(hasattr(s, 'v'))
try:
    del s.v
except AttributeError as e:
    print('AttributeError:', e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print('AttributeError:', e)

class Child(Dyn):
    pass
print(Child().x_child, Child().real)
class Recursing:
    def __getattr__(self, name):
        if name == 'base':
            return 10
        return self.base + 1
print(Recursing().anything)
