# CALL_LEN, CALL_LIST_APPEND, CALL_SET_ADD, FOR_ITER_LIST: each one's guard
# fails mid-loop (other operand types, a shadowed len, subclasses that
# override append/add, errors raised from inside) and the generic form takes
# over with CPython's result.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadLen:
    def __len__(self):
        raise ValueError("bad len")


class NegLen:
    def __len__(self):
        return -1


def lens(xs):
    out = []
    for x in xs:
        try:
            out.append(len(x))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


items = [[1, 2, 3]] * 40 + ["abcd", (1, 2), {1: 2}, {1, 2, 3}, frozenset([1]), b"xyz",
                            range(7), Sized(9), BadLen(), NegLen(), 5, None, [], ""]
print(lens(items)[-16:])
print(lens([[0] * i for i in range(30)]))

# len shadowed by a global mid-loop, then restored.
def glen_loop(n):
    t = 0
    for i in range(n):
        t += len([i, i])
    return t

print(glen_loop(50))
len = lambda x: 100
print(glen_loop(50))
del len
print(glen_loop(50))

# len used as a method-style call (not [NULL, len, x]) and with two args.
class Holder:
    pass

h = Holder()
h.len = len
print([h.len([1] * i) for i in range(5)])
try:
    for i in range(30):
        len([1], [2]) if i == 29 else len([i])
except TypeError as e:
    print("TypeError", e)


# list.append: exact lists, then a subclass overriding append, then a
# subclass that does not, then the result used.
class Loud(list):
    def append(self, x):
        list.append(self, ("loud", x))


class Quiet(list):
    pass


def appends(target, n):
    for i in range(n):
        target.append(i)
    return target

print(appends([], 40)[-3:])
print(appends(Loud(), 3))
print(appends(Quiet(), 3), type(appends(Quiet(), 1)).__name__)
print(appends([], 3))


def append_result(n):
    out = []
    for i in range(n):
        r = out.append(i)
        if r is not None:
            print("append returned", r)
    return len(out)

print(append_result(40))

# growth from empty through several reallocations; appending itself.
big = []
for i in range(10000):
    big.append(i * 2)
print(len(big), big[-1], sum(big))
selfref = []
for i in range(3):
    selfref.append(selfref)
print(len(selfref), selfref[0] is selfref)

# append with a non-list receiver of the same method name.
class Fake:
    def __init__(self):
        self.got = []

    def append(self, x):
        self.got.append(x * 10)


def mixed_append(objs):
    for o in objs:
        o.append(1)
    return objs

res = mixed_append([[] for _ in range(30)] + [Fake(), []])
print(res[-2].got, res[-1])


# set.add: exact sets, unhashable values (TypeError), a subclass
# overriding add, a key whose __hash__/__eq__ run Python code.
class Logged(set):
    def add(self, x):
        set.add(self, ("logged", x))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v % 5)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 5 == other.v % 5


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")


def adds(target, xs):
    for x in xs:
        try:
            target.add(x)
        except Exception as e:
            print(type(e).__name__, e)
    return target

print(sorted(adds(set(), range(40)))[-3:])
print(sorted(adds(set(), [1, 2, [3], 4, {5}, 6, BadHash(), 7])))
print(sorted(adds(Logged(), [1, 2])))
print(len(adds(set(), [Key(i) for i in range(40)])))
print(sorted(adds(set(), ["a", "b", "a", 1, 1.0, True, (1, 2), (1, 2)]), key=repr))


def add_result(n):
    s = set()
    rs = []
    for i in range(n):
        rs.append(s.add(i % 7))
    return len(s), rs.count(None)

print(add_result(50))

# FOR_ITER_LIST: the list mutated during iteration, and other iterators
# reaching the same loop.
def walk(xs):
    out = []
    for x in xs:
        out.append(x)
        if x == 3 and isinstance(xs, list):
            xs.append(99)
        if len(out) > 60:
            break
    return out

print(walk([1, 2, 3, 4]))
for _ in range(20):
    walk(list(range(10)))
print(walk((1, 2, 3)), walk("ab"), walk(iter([7, 8])))
lst = [1, 2, 3]
it = iter(lst)
for x in it:
    if x == 2:
        lst.clear()
print(list(it), lst)
