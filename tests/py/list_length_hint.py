import operator
class H:
    def __init__(self, n, h): self.n = n; self.h = h
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1; return self.n
    def __length_hint__(self):
        print("hint called"); 
        if isinstance(self.h, Exception): raise self.h
        return self.h
print(list(H(3, 10)), list(H(3, 0)), list(H(5, NotImplemented)))
print(list(H(2, TypeError("x"))))
for bad in (ValueError("v"), -1, "s", 2**70):
    try: print(list(H(2, bad)))
    except Exception as e: print(type(e).__name__, e)
print(operator.length_hint(H(1, 4)), operator.length_hint(iter([1,2,3])), operator.length_hint(iter(range(7)), 3), operator.length_hint(x for x in []))
a = [1, 2]; a.extend(H(2, 1000)); print(a)
print(list(range(5)), list(map(abs, [-1, 2])), list({1: 2}.items()), list(iter({3, 4})))
print(list(x * 2 for x in range(4)), list(reversed(range(3))), list(zip("ab", "cd")))
try: list(range(2**40))
except MemoryError: print("MemoryError")
