def f():
    pass
print(callable(f), callable(len), callable(1), callable("s"), callable(int), callable(lambda: 0))
print(callable(str.upper), callable("x".upper), callable(None), callable([].append))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(id(f) == id(f), id(None) == id(None))
print(hash(1) == hash(1.0) == hash(True))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(0), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(1.5), hash(-0.5), hash(float("inf")), hash(float("-inf")))
print(hash(f) == hash(f), type(hash(f)).__name__)
print(hash(None) == hash(None), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(range(3)) == hash(range(3)))
