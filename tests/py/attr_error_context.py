class A:
    def __getattr__(self, n):
        if n == 'q': raise AttributeError('custom')
        return 1
a = A()
try: a.q
except AttributeError as e: print(e, e.name, e.obj is a)
class B: pass
try: B().zz
except AttributeError as e: print(e.name, type(e.obj).__name__)
try: B.zz
except AttributeError as e: print(e.name, e.obj is B)
import os
try: os.nosuch
except AttributeError as e: print(e.name, e.obj is os)
try: getattr(1, 'zz')
except AttributeError as e: print(e.name, e.obj)
try: [].nosuch()
except AttributeError as e: print(e.name, e.obj)
e = AttributeError('x'); print(e.name, e.obj)
e = AttributeError('x', name='n', obj=3); print(e.name, e.obj)
def f(): return undefined_glob
try: f()
except NameError as e: print(e.name)
def g():
    x = 1
    def h(): return x
    del x
    return h()
try: g()
except NameError as e: print(type(e).__name__, e.name, e)
def u():
    print(y)
    y = 1
try: u()
except UnboundLocalError as e: print(e.name)
print(hasattr(B(), 'x'), getattr(B(), 'x', 'dflt'))
class Sub(AttributeError): pass
class C:
    def __getattr__(self, n): raise Sub('sub ' + n)
try: C().w
except AttributeError as e: print(type(e).__name__, e, e.name)
class D:
    def __getattr__(self, n):
        e = AttributeError('preset'); e.name = 'other'; raise e
try: D().w
except AttributeError as e: print(e.name, e.obj)
for i in range(30):
    try: B().missing
    except AttributeError as e: last = e
print(last.name, type(last.obj).__name__)
