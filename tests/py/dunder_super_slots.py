# super() and explicit base calls reaching object's and builtins' slot wrappers.
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Base({self.v})'
    def __eq__(self, o):
        return isinstance(o, Base) and self.v == o.v
    def __hash__(self):
        return super().__hash__() if self.v is None else hash(self.v)
class Child(Base):
    def __repr__(self):
        return 'Child<' + super().__repr__() + '>'
    def __eq__(self, o):
        r = super().__eq__(o)
        return r and type(o) is Child
    __hash__ = Base.__hash__
print(Child(1), Child(1) == Child(1), Child(1) == Base(1), Base(1) == Child(1))
print(hash(Child(5)), isinstance(hash(Child(None)), int))
class O:
    def __eq__(self, o):
        return super().__eq__(o)
    def __ne__(self, o):
        return super().__ne__(o)
    def __lt__(self, o):
        return super().__lt__(o)
o = O()
print(o == o, o == O(), o != o, o.__lt__(o), O.__eq__(o, 1))
class S:
    def __str__(self):
        return 'S:' + super().__str__()[:10]
    def __repr__(self):
        return 'S-repr'
print(str(S()))
class G:
    def __getattribute__(self, n):
        return ('G', super().__getattribute__(n))
g = G()
g.x = 1
print(g.x, object.__getattribute__(g, 'x'))
class L(list):
    def __iadd__(self, o):
        return super().__iadd__([x * 2 for x in o])
    def __contains__(self, x):
        return super().__contains__(x) or x == 'always'
l = L([1])
l += [5]
print(l, 'always' in l, 10 in l, 1 in l, type(l).__name__)
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __len__(self):
        return super().__len__() * 10
d = D(a=1)
print(d['a'], len(d), dict.__len__(d), d.__class__.__name__)
print(object.__eq__(o, o), object.__ne__(o, 1), object.__lt__(o, o), object.__hash__(o) == hash(object.__repr__(o)) or True)
print(object.__init__ is not None, object.__setattr__, object.__getattribute__, object.__delattr__)
