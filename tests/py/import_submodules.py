# import a.b.c binds a; import a.b.c as d binds the submodule; submodules
# become attributes of their parents; package __init__ runs first.
import modpkg.sub.deep
print(modpkg.sub.deep.info())
print(modpkg.sub.SUB, modpkg.sub.sib_greet("x"))
import modpkg.sub.deep as d
print(d is modpkg.sub.deep, d.__name__)
from modpkg.sub import deep, sibling
print(deep is d, sibling.greet("y"))
from modpkg import sub
print(sub.deep is d, sub.sibling is sibling)
import modpkg.sub.sibling as s2, modpkg.plain as pl
print(s2 is sibling, pl.CONSTANT)
def f():
    import modpkg.sub.deep
    return modpkg.sub.deep.__name__
print(f())
