# An exception in a weakref callback is reported, not propagated.
import weakref
class A: pass
class Bad:
    # a repr without an address, so that stderr compares exactly
    def __repr__(self): return "<Bad callback>"
    def __call__(self, w):
        print("callback runs, referent gone:", w() is None, flush=True)
        raise ValueError("boom")
bad = Bad()
a = A()
r = weakref.ref(a, bad)
print("before")
del a
print("after", r())
try:
    raise KeyError("pending")
except KeyError:
    b = A()
    r2 = weakref.ref(b, bad)
    del b
    import sys
    print("still handling", sys.exc_info()[0].__name__)
