# Module-level and class-body loops: LOAD_NAME / STORE_NAME / DELETE_NAME
# and global stores run hot at module level.
total = 0
for i in range(3000):
    total += i
    last = i
    if i % 1000 == 0:
        tmp = i
        del tmp
print(total, last)

def bump():
    global g
    g = g + 1

g = 0
for i in range(3000):
    bump()
print(g)

class K:
    acc = []
    for j in range(2000):
        acc.append(j % 3)
    n = sum(acc)
    del j
print(K.n, hasattr(K, "j"))

ns = {"x": 0}
exec("for i in range(2000):\n    x = x + i\n", ns)
print(ns["x"])

class M(dict):
    def __missing__(self, k):
        raise KeyError(k)

m = M(y=5)
exec("z = 0\nfor i in range(1000):\n    z += y\n", {}, m)
print(m["z"])

try:
    for i in range(2000):
        if i == 1500:
            print(undefined_name)
except NameError as e:
    print(e, i)

try:
    del never_defined
except NameError as e:
    print(e)

def del_global():
    global zz
    zz = 1
    del zz
    try:
        del zz
    except NameError as e:
        print(e)
del_global()
