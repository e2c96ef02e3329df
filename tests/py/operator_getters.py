# itemgetter, attrgetter (dotted names), methodcaller: calls and reprs.
from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([1, 2, 3]), g('abc'), g({1: 'one'}), g((9, 8)))
g2 = itemgetter(0, 2, -1)
print(g2('abcdef'), g2([1, 2, 3]))
print(itemgetter(slice(1, 3))('abcd'))
print(repr(g), repr(g2), repr(itemgetter('a', 'b')))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(max(data, key=itemgetter(1)), list(map(itemgetter(0), data)))
records = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 1}]
print(sorted(records, key=itemgetter('v')))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting='hi', punct='!'):
        return '%s %s%s' % (greeting, self.name, punct)

p = P('root', P('kid', P('grandkid')))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('child.child.name')(p))
print(attrgetter('name', 'child.name')(p))
print(repr(attrgetter('name')), repr(attrgetter('a.b', 'c')))
print(sorted([P('b'), P('a')], key=attrgetter('name'))[0].name)
print(attrgetter('real', 'imag')(3))

m = methodcaller('greet')
print(m(p), methodcaller('greet', 'hello')(p), methodcaller('greet', punct='?')(p))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'))
print(methodcaller('replace', 'a', 'o', 1)('banana'))
print(repr(m), repr(methodcaller('f', 1, 'x', k=2, j=[3])))

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

err(itemgetter)
err(itemgetter(5), [1])
err(itemgetter(1), [1], [2])
err(attrgetter, 1)
err(attrgetter('missing'), p)
err(attrgetter('child.missing'), p)
err(methodcaller)
err(methodcaller, 5)
err(methodcaller('nope'), p)
err(itemgetter('k'), {})
print(type(g).__name__, type(attrgetter('a')).__name__, type(m).__name__)
