# A builtin slot wrapper assigned under another special name is an override:
# `__setattr__ = dict.__setitem__` makes attribute stores go into the dict.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
ad = AttrDict(x=1)
ad.y = 2
setattr(ad, "z", 3)
print(ad, ad.x, ad.y, ad.__dict__)
del ad.x
print(ad)
try:
    ad.nope
except KeyError as e:
    print("KeyError", e)
class L(list):
    __setattr__ = list.__setitem__
l = L([1, 2])
try:
    l.x = 5
except TypeError as e:
    print(e)
class Plain:
    __setattr__ = print
p = Plain()
p.foo = 3
class Str2(dict):
    __str__ = dict.__repr__
    __len__ = dict.__len__
print(str(Str2(a=1)), len(Str2(a=1, b=2)))
