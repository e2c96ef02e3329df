# symbol table rules that cpython decides at compile time
def f():
    x = 1
    def g():
        return x
    x = 2
    return g
print(f()())
def h(a):
    def g():
        return a
    a = a * 2
    return g()
print(h(4))
def free_in_comp():
    n = 5
    return [lambda: n for _ in range(2)][0]()
print(free_in_comp())
def param_cell(p):
    def g():
        return p
    return g
print(param_cell("param")())
print(param_cell.__code__.co_cellvars, param_cell("x").__code__.co_freevars)
