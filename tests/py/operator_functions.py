# The operator module's functions: arithmetic, comparisons, in-place forms,
# sequence helpers, dunder aliases, and their errors.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.add('a', 'b'), op.mul('ab', 3), op.add([1], [2]), op.mod('%s-%s', (1, 2)))
print(op.not_(0), op.not_([1]), op.truth(0), op.truth('x'), op.index(7), op.index(True))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.lt('a', 'b'), op.eq([1], [1]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.countOf([1, 2, 1, 1], 1))
print(op.indexOf('hello', 'l'), op.getitem([10, 20, 30], 1), op.getitem({'a': 1}, 'a'))
print(op.getitem('abcdef', slice(1, 4)))
l = [1, 2, 3]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l)
d = {}
op.setitem(d, 'k', 'v')
print(d)
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5), op.length_hint(5, 9))
print(op.length_hint(x for x in 'ab'))
print(op.__add__ is op.add, op.__getitem__ is op.getitem, op.__not__(1))

a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
s = 'x'
print(op.iadd(s, 'y'), op.isub(5, 2), op.imul([0], 3), op.itruediv(5, 2), op.ifloordiv(5, 2))
print(op.imod(5, 3), op.ipow(2, 5), op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
st = {1, 2}
op.ior(st, {3})
print(sorted(st), op.iconcat([1], [2]))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
print(sorted([(1, 'b'), (0, 'a')], key=op.itemgetter(1)))
print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1], reverse=True))

def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

err(op.add, 1)
err(op.add, 1, 'a')
err(op.neg, 'a')
err(op.index, 1.5)
err(op.indexOf, [1, 2], 3)
err(op.concat, 1, 2)
err(op.concat, [1], (2,))
err(op.length_hint, [], 'a')
err(op.truediv, 1, 0)
err(op.getitem, [1], 5)
err(op.lt, 1, 'a')
