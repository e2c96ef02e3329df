# The decoder's hooks through the C scanner.
import json
from collections import OrderedDict
doc = '{"b": 1, "a": [1.5, 2, {"c": null}], "z": "s", "n": -3e2, "big": 123456789012345678901234567890}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=lambda d: 'X', object_pairs_hook=tuple))
print(json.loads(doc, parse_float=lambda s: 'F' + s))
print(json.loads(doc, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
r = json.loads('[NaN, Infinity, -Infinity, -0, -0.0, 0.5e-3, 1E400, 12345678901234567, -999999999999999]')
print(r, [type(x).__name__ for x in r])
print(json.loads('"\\ud834\\udd1e \\u00e9\\u2603 \\/ \\b\\f\\n\\r\\t \\" \\\\"'))
print(ascii(json.loads('"\\ud800x"')), ascii(json.loads('"\\udc00\\ud800"')))
print(json.loads('  \n [ true , false , null ]  \n'))
print(json.loads(b'{"bytes": [1]}'))
class Dec:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return 'Dec(%r)' % self.s
print(json.loads('[1.10, 2, 3e5]', parse_float=Dec))
def bad(s):
    raise KeyError('bad ' + s)
try:
    json.loads('[1, [2.5]]', parse_float=bad)
except KeyError as e:
    print('KeyError', e)
class D(json.JSONDecoder):
    pass
print(D().decode('{"x": [1, 2]}'))
print(json.loads('{"a": 1, "a": 2}'))
