def gen():
    yield 1
    raise ValueError("in gen")
class It:
    def __iter__(self): return gen()
for v in It():
    print(v)
