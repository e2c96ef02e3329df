x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def outer2():
    def inner():
        return x
    return inner()
print(outer2())
def outer3():
    x = "enc"
    def inner():
        x = "local"
        return x
    return inner(), x
print(outer3())
def b():
    return abs(-3), max(1, 2), str(5)
print(b())
abs = lambda v: "shadowed"
print(b())
del abs
print(b())
def cond(flag):
    if flag:
        y = 1
    return "y" in locals()
print(cond(True), cond(False))
def comp_sees_enclosing():
    k = 3
    return [k * i for i in range(3)]
print(comp_sees_enclosing())
