# import of a plain module inside a package: executed once, cached in
# sys.modules, names bound as CPython binds them.
import sys
print("modpkg.plain" in sys.modules)
import modpkg.plain
print(modpkg.plain.CONSTANT, modpkg.plain.double(21), modpkg.plain.Thing(3))
print(modpkg.plain.where(), modpkg.plain.__name__)
print("modpkg" in sys.modules, "modpkg.plain" in sys.modules)
print(sys.modules["modpkg.plain"] is modpkg.plain)
import modpkg.plain            # cached: no second "executing" line
import modpkg.plain as p
print(p is modpkg.plain, p.executions)
from modpkg import plain
print(plain is p)
from modpkg.plain import double, Thing as T, CONSTANT
print(double(5), T("x"), CONSTANT)
print(type(p).__name__, repr(modpkg)[:16])
def in_function():
    import modpkg.plain as q
    from modpkg.plain import double as dd
    return q.CONSTANT + dd(1)
print(in_function(), in_function())
print("in_function" in globals(), "q" in globals())
p.CONSTANT = 7
import modpkg.plain as again
print(again.CONSTANT)
