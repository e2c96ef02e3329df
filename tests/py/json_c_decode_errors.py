# Decoder errors through the C scanner: messages, positions, line/col.
import json

CASES = [
    '', ' ', '[', ']', '{', '}', '[1,', '[1,]', '[1 2]', '{"a" 1}', '{"a":}',
    '{"a":1,}', '{"a":1 "b":2}', '{1:2}', '{,}', '[,]', '"abc', '"a\\qb"',
    '"\\u12"', '"\\u12zz"', '"\\u"', '"\\ud800\\u12zz"', '"\\ud800\\u12"',
    '"tab\there"', '"nl\nx"', '01', '-', '-x', '1.', '1e', '1e+', 'nul',
    'tru', 'fals', 'NaNx', '[1]x', '{"a": [1, 2, {"b": nul}]}',
    '\n\n  [1,\n  2,\n  x]', '"caf\u00e9 \\x"', '["\u00e9\u00e9", x]',
    '{"\u2603": 1, "k" 2}', '"\\', '"abc\\', '[1, 2', '{"a": 1', '{"a"',
    '  \t\r\n', '[-]', '[--1]', '"\x00"', '[Infinity, -Infinity, NaN, -Inf]',
]
for doc in CASES:
    try:
        r = json.loads(doc)
        print(repr(doc), 'OK', repr(r))
    except json.JSONDecodeError as e:
        print(repr(doc), '|', e, '|', e.msg, e.pos, e.lineno, e.colno,
              isinstance(e, ValueError), e.doc == doc)

# strict=False allows control characters
print(repr(json.loads('"a\tb\nc"', strict=False)))
print(repr(json.loads('{"k\x01": "v\x1f"}', strict=False)))
# raw_decode and scanner positions
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] trailing'))
print(d.raw_decode('  {"a": 1}', 2))
print(d.raw_decode('"\u00e9\u00e9" "x"'))
try:
    d.raw_decode('[1, 2]', 7)
except json.JSONDecodeError as e:
    print(e)
from json import decoder
print(decoder.scanstring('"abc\\n\\u00e9" rest', 1))
print(decoder.scanstring('\u00e9"x\\"y"z', 2))
try:
    decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('{"a": [1, 2, 3,, 4]}')
except ValueError as e:
    print(type(e).__name__, type(e).__module__, e)
