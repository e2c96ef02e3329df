def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    "doc"
    local1 = a + b
    local2 = len(args)
    return local1 + local2 + g_name
co = f.__code__
print(type(co).__name__)
print(co.co_name, co.co_qualname)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals, len(co.co_varnames))
print(co.co_freevars, co.co_cellvars)
print("len" in co.co_names, "g_name" in co.co_names, "local1" in co.co_names)
print(co.co_filename.split("/")[-1])
print(co.co_firstlineno)
print(type(co.co_code).__name__, len(co.co_code) > 0, len(co.co_code) % 2)
print(type(co.co_consts).__name__, type(co.co_names).__name__, type(co.co_varnames).__name__)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_flags & 0x20 != 0)
print(co.co_flags & 0x01 != 0, co.co_flags & 0x02 != 0)
def gen():
    yield 1
print(gen.__code__.co_flags & 0x20 != 0, f.__code__.co_flags & 0x20 != 0)
def plain(x):
    return x
print(plain.__code__.co_flags & 0x0c, plain.__code__.co_argcount, plain.__code__.co_varnames)
print(plain.__code__.co_kwonlyargcount, plain.__code__.co_posonlyargcount)
def outer():
    cv = 1
    other = 2
    def inner(p):
        q = p + cv
        return q
    return inner
i = outer()
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
print(i.__code__.co_freevars, i.__code__.co_varnames, i.__code__.co_qualname)
print(i.__code__.co_nlocals)
print(outer.__code__.co_flags & 0x10 == 0, i.__code__.co_flags & 0x10 != 0)
lam = lambda: 0
print(lam.__code__.co_name, lam.__code__.co_qualname, lam.__code__.co_firstlineno)
def docd():
    "the doc"
    return "the value"
print("the value" in docd.__code__.co_consts)
print(f.__code__ is f.__code__)
