def outer():
    def inner(x):
        return x.attribute_missing
    return [inner(v) for v in range(2)]
class K:
    def __repr__(self): return self.undefined_attr
try:
    outer()
except AttributeError as e:
    print(e)
print(K())
