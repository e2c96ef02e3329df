# Unpacking's direct paths: a starred target from an exact tuple or list
# (the starred list built from the items in place), and an ASCII str of the
# right length (its one-character strs); subclasses, other lengths and
# non-ASCII strs take the iterator path: same results and errors.


class T(tuple):
    def __iter__(self):
        return iter(("sub", "class"))


class LL(list):
    def __iter__(self):
        return iter([7, 8, 9])


class S(str):
    def __iter__(self):
        return iter("ab")


def star(seq):
    try:
        a, *b, c = seq
        return (a, b, c)
    except (ValueError, TypeError) as e:
        return (type(e).__name__, str(e))


def star_front(seq):
    try:
        *a, b = seq
        return (a, b)
    except (ValueError, TypeError) as e:
        return (type(e).__name__, str(e))


def star_back(seq):
    try:
        a, b, *c = seq
        return (a, b, c)
    except (ValueError, TypeError) as e:
        return (type(e).__name__, str(e))


def three(seq):
    try:
        x, y, z = seq
        return (x, y, z)
    except (ValueError, TypeError) as e:
        return (type(e).__name__, str(e))


out = []
for rnd in range(30):
    for seq in [(1, 2, 3, 4), (1, 2), (1,), (), [1, 2, 3], [1], [], [[1], [2], [3]],
                T((1, 2, 3)), LL([1, 2]), "abcd", range(5), {"k": 1, "j": 2},
                (x for x in range(4)), 5, None]:
        out.append((star(seq), star_front(seq), star_back(seq)))
    for s in ["xyz", "xy", "wxyz", "", "é€z", "aé", "日本語", S("xyz"), "a\x00b", b"abc",
              bytearray(b"xyz"), (1, 2, 3), [4, 5, 6], 7]:
        out.append(three(s))
# the starred list is a new list, the items shared
src = [[1], [2], [3], [4]]
a, *mid, z = src
mid.append("new")
mid[0].append("shared")
out.append((src, a, mid, z))
t = (object(), object(), object())
a, *mid, z = t
out.append((a is t[0], mid[0] is t[1], z is t[2], type(mid).__name__))
# one-character strs from unpacking
p, q, r = "pqr"
out.append((p, q, r))
for item in out:
    print(item)
