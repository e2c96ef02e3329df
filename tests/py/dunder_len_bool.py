# Truthiness: __bool__, then __len__, then always true.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(len(L(7)), len(Both()))
print('yes' if L(1) else 'no', 'yes' if L(0) else 'no', not L(0), not B(True))
print([x for x in [L(0), L(2), B(False), B(True)] if x].__len__())
print(L(0) or 'fallback', B(True) and 'second')
n = 0
w = L(3)
while w:
    w.n -= 1
    n += 1
print('loops', n)

for bad in [lambda: bool(B(1)), lambda: bool(B('x')), lambda: len(L(-1)), lambda: bool(L(-1)),
            lambda: len(L('3')), lambda: len(L(2.0)), lambda: len(L(2 ** 70)), lambda: len(Neither())]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)

class IndexLen:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class LenIdx:
    def __len__(self):
        return IndexLen(4)
print(len(LenIdx()))
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()), bool(BoolLen()))
class Sub(L):
    def __bool__(self):
        return True
print(bool(Sub(0)), len(Sub(0)))
