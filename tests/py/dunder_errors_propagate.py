# Exceptions raised inside special methods propagate with their own type.
class Boom:
    def __add__(self, o):
        raise ValueError('add failed')
    def __getitem__(self, k):
        raise KeyError(k)
    def __len__(self):
        raise RuntimeError('no len')
    def __iter__(self):
        raise OSError('no iter')
    def __eq__(self, o):
        raise ArithmeticError('eq')
    def __hash__(self):
        raise LookupError('hash')
    def __repr__(self):
        raise NameError('repr')
    def __call__(self):
        raise IndexError('call')
    def __bool__(self):
        raise ZeroDivisionError('bool')
    def __contains__(self, x):
        raise AssertionError('contains')
b = Boom()
tests = [lambda: b + 1, lambda: b['k'], lambda: len(b), lambda: list(b), lambda: b == 1,
         lambda: hash(b), lambda: repr(b), lambda: b(), lambda: bool(b), lambda: 1 in b,
         lambda: {b: 1}, lambda: [b] == [1], lambda: str([b]), lambda: 'x' if b else 'y']
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

class Stop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(Stop()), [x for x in Stop()])

class Uncaught:
    def __sub__(self, o):
        return 1 / 0
def f():
    return Uncaught() - 1
f()
