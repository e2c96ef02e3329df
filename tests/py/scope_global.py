count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)
def make_new():
    global created
    created = "yes"
make_new()
print(created)
x = "global x"
def read():
    return x
def local_x():
    x = "local"
    return x
print(read(), local_x(), x)
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested()
print(x)
def g2():
    global y
    y = 1
    def h():
        return y
    return h()
print(g2(), y)
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: 99
print(uses_builtin())
del len
print(uses_builtin())
