# reduce and partial: results, flattening, keyword merging, reprs, errors.
import functools
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [1, 2, 3, 4], 100))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(operator.add, [], 'init'), reduce(operator.add, ['only']))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []))
for args in [(operator.add, []), (operator.add, 5), (operator.add,)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 3), p(2, d=9), p.func is f, p.args, p.keywords)
q = partial(f, 1, d=5)
print(q(2), q(2, d=6), q.keywords)
r = partial(q, 2, c=7)
print(r(), r.func is f, r.args, r.keywords)
print(repr(partial(len)))
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(operator.add, 'x')))
print(partial(int, base=2)('1010'))
pw = partial(pow, 2)
print(list(map(pw, range(6))))
p.attr = 'hello'
print(p.attr, p.__dict__)
try:
    partial()
except TypeError as e:
    print('TypeError', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
try:
    p.func = len
except AttributeError as e:
    print('AttributeError')
try:
    partial(f)()
except TypeError as e:
    print('TypeError', e)
print(type(p).__name__, type(p).__module__)
sq = partial(map, lambda x: x * x)
print(list(sq([1, 2, 3])))
