def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
i = outer()
print(type(i.__closure__).__name__, len(i.__closure__))
print([c.cell_contents for c in i.__closure__])
print(type(i.__closure__[0]).__name__)
print(i.__code__.co_freevars)
def nofree():
    return 1
print(nofree.__closure__)
def mut():
    x = []
    def add(v):
        x.append(v)
    def getx():
        return x
    return add, getx
add, getx = mut()
add(1)
print(add.__closure__[0].cell_contents, getx.__closure__[0].cell_contents is getx())
def rebind():
    n = 0
    def inc():
        nonlocal n
        n += 1
    return inc
inc = rebind()
cell = inc.__closure__[0]
print(cell.cell_contents)
inc(); inc()
print(cell.cell_contents)
