# id() is stable for an object and differs between live distinct objects.
a = [1]
b = a
c = [1]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c), id(None) == id(None))
print(type(id(a)), id(a) > 0 or id(a) <= 0)
d = {}
print(id(d) == id(d), id(d) != id(a))
