# Deeply nested builtin containers: repr/str/compare raise RecursionError
# (as CPython) instead of overflowing the C stack.
def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
deep = nested_list(100000)
for label, fn in [("repr", repr), ("str", str), ("format", lambda v: f"{v}"),
                  ("percent", lambda v: "%s" % (v,)), ("print", print)]:
    try:
        fn(deep)
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError:", e)
d = {}
cur = d
for _ in range(100000):
    cur["a"] = {}
    cur = cur["a"]
try:
    str(d)
except RecursionError as e:
    print("dict RecursionError:", e)
t1 = t2 = ()
for _ in range(100000):
    t1 = (t1,)
    t2 = (t2,)
print("identical", t1 == t1)
try:
    print(t1 == t2)
except RecursionError as e:
    print("tuple RecursionError:", e)
a = []; a.append(a)
b = []; b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("self-ref RecursionError:", e)
print(a, repr(a), [a, a])
m = {}; m["m"] = m
print(m)
shallow = nested_list(200)
print(len(repr(shallow)), shallow == nested_list(200), repr(nested_list(5)))
