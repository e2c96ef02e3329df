def f(a, b):
    c = 1
    return dir()
print(f(1, 2))
def g():
    return dir()
print(g())
def h():
    zz = 1
    aa = 2
    mm = 3
    return dir()
print(h())
d = dir([])
print("append" in d, "sort" in d, "__class__" in d, d == sorted(d))
s = dir("")
print("join" in s, "upper" in s, "maketrans" in s, s == sorted(s))
print("keys" in dir({}), "add" in dir(set()), "count" in dir(()))
def fn():
    pass
fn.custom = 1
fd = dir(fn)
print("custom" in fd, "__name__" in fd, "__code__" in fd, fd == sorted(fd))
print("real" in dir(1), "bit_length" in dir(5), "is_integer" in dir(1.5))
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
