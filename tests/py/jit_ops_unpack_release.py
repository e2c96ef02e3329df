# A failed unpack releases the sequence and the items it already took,
# each exactly once (interpreter and JIT alike).

class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return [self.i]

class Src:
    live = 0
    def __init__(self, n):
        self.n = n
        Src.live += 1
    def __iter__(self):
        return It(self.n)
    def __del__(self):
        Src.live -= 1

def run():
    errs = 0
    for i in range(2000):
        try:
            if i % 3 == 0:
                a, b = Src(3)
            elif i % 3 == 1:
                a, *b, c, d = Src(2)
            else:
                a, b, c = Src(1)
        except ValueError:
            errs += 1
    return errs

print(run(), Src.live)
a, b = Src(2)
print(a, b, Src.live)
