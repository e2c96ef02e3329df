# BINARY_OP sites specialised for str + str and list + list, then fed
# other types (deopt to the generic form), in-place appends, list += (which
# must extend the same list), subclasses and errors.


class MyStr(str):
    def __add__(self, other):
        return "MyStr.__add__"


class MyList(list):
    def __radd__(self, other):
        return "MyList.__radd__"


def add(a, b):
    return a + b


def iadd(a, b):
    a += b
    return a


vals = [("a", "b")] * 20 + [([1], [2])] * 20 + [("x", ""), ("", "y"), (1, 2), (1.5, 2),
        ((1,), (2,)), (MyStr("m"), "n"), ("n", MyStr("m")), ([1], MyList([2])),
        (MyList([3]), [4]), ("é", "ß"), ([], [])]
print([add(a, b) for a, b in vals])
for bad in [("a", 1), ([1], (2,)), ("a", [1]), ([1], "a")]:
    try:
        add(*bad)
    except TypeError as e:
        print("TypeError:", e)

out = []
for i in range(30):
    a = [i]
    b = a
    r = iadd(a, [i + 1])
    out.append((r, b, r is b))
print(out[-1], all(x[2] for x in out))

s = ""
for i in range(200):
    s = s + str(i % 10)
print(len(s), s[:20])
t = "q"
for i in range(50):
    t += "ab"
print(t)
u = "k"
keep = []
for i in range(40):
    keep.append(u)
    u = u + "z"
print(keep[-1], u)

lst = []
for i in range(40):
    lst = lst + [i]
print(sum(lst), len(lst))
