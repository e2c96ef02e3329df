import json
bad = ['', ' ', '{', '[', '[1,', '[1 2]', '{"a" 1}', '{"a":1,}', '{1:2}', '[1] x', 'nul', 'tru', '{"a":}', '"abc',
       '"a\\qb"', '"\\u12"', '"\\u12zz"', '"tab\there"', '01', '-', '1.', '.5', '1e', '[1,]', '{"a":1 "b":2}',
       '\n\n   ]', '{"x": [1, 2, {"y": }]}', '[' * 3 + ']' * 2, 'NaN1', '"\x7f"']
for s in bad:
    try:
        r = json.loads(s)
        print("ok", repr(s), repr(r))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for v in [b'[1, 2]', b'\xef\xbb\xbf[3]', '{"u": "\\u00e9"}'.encode()]:
    try:
        print(json.loads(v))
    except json.JSONDecodeError as e:
        print("err", e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
for obj in [None, 3, [1]]:
    try:
        json.loads(obj)
    except TypeError as e:
        print(e)
for obj in [object(), {(1,): 1}, {1, 2}, b"bytes"]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print(e)
