import json
strings = ["", "plain", "quote\"back\\slash", "ctl\b\f\n\r\t\x00\x1f\x7f", "caf\u00e9", "\u2603 snow",
           "\U0001F600 emoji", "/slash", "tab\there", "\u0080\u00ff\u0100\uffff", "mixed \u00e9\U0001d11e end"]
for s in strings:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(a, u, json.loads(a) == s, json.loads(u) == s)
floats = [0.0, -0.0, 1.0, 0.1, 1 / 3, 1e16, 1e-5, 123456789.125, 1.7976931348623157e308, 5e-324, 2.5e-10, 100.0, 1e22, -7.25]
print(json.dumps(floats))
print([json.loads(json.dumps(f)) == f for f in floats])
ints = [0, -1, 2 ** 31, 2 ** 63, -2 ** 64, 10 ** 40, True, False]
print(json.dumps(ints))
print(json.loads("[1e2, 1E-2, -0.5e+1, 12345678901234567890123, -0, 0.0]"))
print(json.loads('"\\u00e9\\u2603\\ud83d\\ude00\\n\\t\\"\\\\\\/"'))
print(json.loads('{"a": "b"}', object_pairs_hook=lambda p: p))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=str))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('  {  "k"  :  [  1 , 2 ]  }  '))
print(type(json.loads('1.0')).__name__, type(json.loads('1')).__name__, json.loads('1.5', parse_float=lambda s: 'F' + s))
print(json.loads('"x"', strict=False), json.loads('"a\tb"', strict=False))
