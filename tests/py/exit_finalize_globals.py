# At exit, the __del__ methods and generator finally blocks of objects the
# main module's globals still hold run after the last line (CPython's
# module teardown), each once.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n, D is not None)
def g():
    try:
        yield 1
    finally:
        print('gen cleanup')
it = g(); next(it)
a = D('a')
_b = D('_b')
d = {'k1': D('d1'), 'k2': D('d2')}
t = (D('t1'), D('t2'))
lst = [D('l1'), D('l2')]
class H:
    def __init__(self): self.x = D('hx'); self.y = D('hy')
h = H()
z = D('z')
gone = D('gone')
del gone
twice = a
print('end')
