class C:
    cls_attr = "c"
    def m(self): return "method"
c = C()
print(c.__dict__)
c.a = 1
c.__dict__['b'] = 2
print(c.b, sorted(c.__dict__))
c.m = lambda: "shadow"
print(c.m())
del c.m
print(c.m())
c.__dict__ = {'z': 26}
print(c.z, hasattr(c, 'a'))
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
d = C.__dict__
print(type(d).__name__ in ('dict', 'mappingproxy'), 'm' in d, 'cls_attr' in d, '__module__' in d)
print(sorted(k for k in d if not k.startswith('__')))
print(vars(c))
