# The C encoder: every option, output identical to CPython's.
import json
data = {"s": "plain", "esc": "q\"b\\s/\b\f\n\r\t\x00\x1f\x7f", "uni": "caf\u00e9 \u2603 \U0001d11e",
        "i": [0, -1, 2 ** 47, -2 ** 47 - 1, 10 ** 30, True, False, None],
        "f": [0.0, -0.0, 1.5, 1e16, 1e-7, 1 / 3, 123456789.125, float('inf'), float('-inf'), float('nan')],
        "nest": {"a": [[], {}, [[]], {"b": ()}], "t": (1, (2, 3))}, "": ""}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=3, separators=(' ,', ' = '), sort_keys=True))
keys = {1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's', -7: 'neg', 10 ** 20: 'big', float('inf'): 'inf'}
print(json.dumps(keys))
print(json.dumps({(1, 2): 'x', 'a': 1, 3: 4}, skipkeys=True))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
for bad in [{(1, 2): 'x'}, {'a': {1, 2}}, [object()]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
for v in [float('nan'), [float('inf')], {'k': float('-inf')}, {float('nan'): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps([P(1), {'p': P([P(2)])}], default=lambda o: {'P': o.x}))
print(json.dumps(P(3), default=lambda o: [o.x, str(o.x)], indent=1))
print(json.dumps({1, 2, 3}, default=sorted))
a = []
a.append(a)
d = {}
d['d'] = [d]
for x in (a, d):
    try:
        json.dumps(x)
    except ValueError as e:
        print('ValueError', e)
class Self:
    pass
try:
    json.dumps(Self(), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'x': shared}]))
print(json.dumps([shared, shared], check_circular=False))
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s\u00e9'), MyList([1, MyList()]), MyDict(a=MyDict())]))
print(json.dumps({MyInt(1): 1, MyStr('k'): 2, MyFloat(0.5): 3}))
print(json.dumps("str\u00e9\n"), json.dumps("str\u00e9\n", ensure_ascii=False))
print(json.dumps([]), json.dumps({}), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.encoder.encode_basestring_ascii('a"\u00e9\U0001f600'), json.encoder.encode_basestring('a"\u00e9\x01'))
class E(json.JSONEncoder):
    def default(self, o):
        return 'E:' + type(o).__name__
print(E().encode([1, P(1)]), E(indent=2).encode({'x': P(2)}))
print(''.join(json.JSONEncoder(indent=1).iterencode({'a': [1, 2]})))
try:
    json.dumps({'ok': 1, 'bad': [1, 2, {'deep': float('nan')}]}, allow_nan=False)
except ValueError as e:
    print('ValueError', e)
