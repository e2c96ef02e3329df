# Slicing in compiled code: BUILD_SLICE fused with the subscript that
# follows (no slice object for lists/tuples with small bounds), warmed up
# on lists and then given every other kind of container and bound.

def get(seq, a, b):
    out = None
    for _ in range(3):
        out = seq[a:b]
    return out

def get3(seq, a, b, c):
    out = None
    for _ in range(3):
        out = seq[a:b:c]
    return out

def put(seq, a, b, v):
    for _ in range(2):
        seq[a:b] = v
    return seq

def put3(seq, a, b, c, v):
    seq[a:b:c] = v
    return seq

def flip(perm, first):
    while first:
        perm[:first + 1] = perm[first::-1]
        first = perm[0]
    return perm

for i in range(20000):
    get([1, 2, 3, 4], 1, 3)
    get3([1, 2, 3, 4, 5], None, None, -2)
    put([1, 2, 3], 0, 1, [9, 9])
    put3([1, 2, 3, 4], 0, None, 2, "ab")
    flip([3, 1, 2, 0], 3)

L = list(range(10))
print(get(L, 2, 5), get(L, -3, None), get(L, None, -7), get(L, 8, 2), get(L, -100, 100))
print(get3(L, None, None, -1), get3(L, 1, None, 3), get3(L, 8, 1, -3), get3(L, None, None, 100))
print(get((1, 2, 3), 0, 2), get((1, 2, 3), None, None) is get((1, 2, 3), None, None))
t = (5, 6, 7)
print(get(t, None, None) is t, get3(t, None, None, -1))
print(get("hello", 1, 4), get3("hello", None, None, -1), get(b"bytes", 1, 3), get(range(10), 2, 8))
print(get(L, 2 ** 70, None), get(L, -(2 ** 70), 3), get3(L, None, None, 2 ** 65))
print(get(L, True, 3))

class Idx:
    def __index__(self):
        return 2
print(get(L, Idx(), None))

class Recorder:
    def __getitem__(self, key):
        return ("get", key.start, key.stop, key.step)
    def __setitem__(self, key, value):
        print("set", key, value)
print(get(Recorder(), 1, "x"), get3(Recorder(), None, 2, 3))
put(Recorder(), 1, 2, "v")
put3(Recorder(), 1, 2, 3, "w")

class MyList(list):
    def __getitem__(self, key):
        return ("mine", key)
print(get(MyList([1, 2, 3]), 0, 2))

for args in ((L, "a", 2), (L, 1.5, 2), (5, 0, 1), ({}, 0, 1)):
    try:
        print(get(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    get3(L, 0, 5, 0)
except ValueError as e:
    print("ValueError", e)

print(put([1, 2, 3, 4], 1, 3, []), put([1, 2], 5, 9, (7, 8)), put([1, 2, 3], -1, None, "xy"))
print(put([1, 2, 3], None, None, iter([4, 5])), put3([0, 0, 0, 0], None, None, 2, [1, 2]))
try:
    put3([0, 0, 0, 0], None, None, 2, [1, 2, 3])
except ValueError as e:
    print("ValueError", e)
for args in (((1, 2), 0, 1, [3]), ("abc", 0, 1, "x"), ([1, 2], 0, 1, 5)):
    try:
        put(*args)
    except TypeError as e:
        print("TypeError", e)
alias = [1, 2, 3]
print(put(alias, 0, 2, alias), alias)
print(flip([4, 3, 2, 1, 0], 4), flip(list(range(7))[::-1], 6))
