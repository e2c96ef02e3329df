# Inline FOR_ITER_RANGE and BINARY_SUBSCR_LIST_INT in compiled code.

def total(a, b, c):
    s = 0
    for i in range(a, b, c):
        s += i
    return s

def last(a, b, c):
    x = None
    for i in range(a, b, c):
        x = i
    return x

def index_sum(lst):
    s = 0
    for i in range(len(lst)):
        s += lst[i] + lst[-1 - i]
    return s

def get(lst, i):
    try:
        return lst[i]
    except IndexError as e:
        return "IndexError: " + str(e)

def mutate(lst):
    out = []
    for i in range(len(lst)):
        if i < len(lst):
            out.append(lst[i])
        if i % 3 == 0 and lst:
            lst.pop()
    return out

def reuse():
    it = iter(range(3))
    a = []
    for x in it:
        a.append(x)
    for x in it:
        a.append(x * 10)
    return a

def partial():
    it = iter(range(10))
    for x in it:
        if x == 4:
            break
    return list(it)

for _ in range(300):
    r = (total(0, 100, 1), total(10, -10, -3), total(5, 5, 1), total(0, 0, -1),
         last(2**47 - 5, 2**47 + 5, 1), last(-2**47 - 3, -2**47 + 3, 1),
         total(2**47 - 3, 2**47 + 3, 2), total(2**62, 2**62 + 6, 2),
         last(2**63 - 4, 2**63, 1), last(10, 0, -1), total(-2**47 + 2, -2**47 - 6, -2))
print(r)
lst = [1, 2, 3, 4, 5, "x" * 0 or 6]
for _ in range(300):
    r = (index_sum(lst), get(lst, 0), get(lst, -1), get(lst, -6), get(lst, 6),
         get(lst, -7), get(lst, 2**50), get(lst, True), get([], 0), get(lst, -2**50))
print(r)
for _ in range(100):
    m = mutate(list(range(10)))
print(m)
for _ in range(100):
    r = reuse(), partial()
print(r)
class L(list):
    pass
for _ in range(200):
    r = get(L([7, 8]), 1), get((1, 2), 1), index_sum(L([1, 2, 3]))
print(r)
objs = [[i] for i in range(50)]
for _ in range(50):
    acc = 0
    for i in range(len(objs)):
        acc += objs[i][0]
print(acc)
