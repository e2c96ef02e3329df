from array import array
import array as arraymod
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], list(a), a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a)
print(a.pop(), a.pop(0), a, a.index(3), a.count(2), 3 in a, 9 in a)
a.remove(3); a.reverse(); print(a)
a[0] = 100; a[1:3] = array('i', [7, 8, 9]); print(a)
del a[0]; del a[::2]; print(a)
b = array('d', [1.5, 2.5]); print(b, b * 2, 2 * b, b + b, b == array('d', [1.5, 2.5]), b != b, b < array('d', [2.0]))
print(array('b'), array('u', 'héllo'), array('u', 'ab').tounicode(), array('f', [0.1]))
c = array('h', b'\x01\x00\x02\x00'); print(c, c.tobytes(), c.itemsize, c.typecode)
c.frombytes(b'\x03\x00'); print(c)
d = array('Q', [2**64 - 1, 0]); print(d, d[0])
e = array('B', range(5)); e += array('B', [9]); e *= 2; print(e)
print(arraymod.typecodes, array('l', array('i', [1, 2])))
for x in array('H', [10, 20]): print(x, end=' ')
print()
for tc, v in [('b', 200), ('b', -200), ('B', -1), ('B', 256), ('h', 1 << 20), ('H', -1), ('i', 1 << 40), ('I', 1 << 40), ('i', 1.5), ('f', 'x'), ('u', 1)]:
    try:
        array(tc, [v])
    except (OverflowError, TypeError) as ex:
        print(tc, type(ex).__name__, ex)
for f in [lambda: array('z'), lambda: a.remove(55), lambda: a.index(55), lambda: a[50], lambda: array('i').pop(), lambda: a.__setitem__(slice(0, 1), [1]), lambda: array('i') + array('d')]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(array('i', [3, 1, 2]) == array('d', [3, 1, 2]), sorted(array('i', [3, 1, 2])), sum(array('d', [0.5, 0.25])))
