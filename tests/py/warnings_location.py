# warnings are reported at the calling line (stacklevel), with the source line, once per location by default.
import warnings
def f():
    warnings.warn("careful", DeprecationWarning, stacklevel=2)
def g():
    warnings.warn("plain")
g()
f()
warnings.warn("top", RuntimeWarning)
for i in range(3):
    warnings.warn("once per location")
