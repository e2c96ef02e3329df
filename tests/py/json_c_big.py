# Big nested documents round-trip through the C encoder and scanner.
import json
def build(depth, width, seed):
    if depth == 0:
        k = seed % 7
        return [seed, -seed * 1.25, "s%d\u00e9\"\\" % seed, None, True, False, 10 ** (seed % 25)][k]
    if seed % 2:
        return [build(depth - 1, width, seed * 31 + i) for i in range(width)]
    return {"k%d_%d" % (depth, i): build(depth - 1, width, seed * 17 + i) for i in range(width)}
doc = build(5, 6, 1)
for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False},
           {'separators': (',', ':')}, {'indent': 1, 'sort_keys': True, 'ensure_ascii': False}]:
    s = json.dumps(doc, **kw)
    back = json.loads(s)
    print(kw, len(s), back == doc, hash(s) if False else s[:60], s[-40:])
deep = []
cur = deep
for i in range(300):
    nxt = [i, {"d": i}]
    cur.append(nxt)
    cur = nxt
s = json.dumps(deep)
print(len(s), json.loads(s) == deep, s[:50])
print(len(json.dumps(deep, indent=1)), json.loads(json.dumps(deep, indent=1)) == deep)
long = "x\u00e9" * 5000 + "\\" * 10
print(len(json.dumps(long)), json.loads(json.dumps(long)) == long, json.loads(json.dumps(long, ensure_ascii=False)) == long)
arr = list(range(-5000, 5000, 7)) + [i / 8 for i in range(200)]
print(json.loads(json.dumps(arr)) == arr, json.dumps(arr)[-60:])
