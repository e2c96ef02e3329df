import json
import io
buf = io.StringIO()
json.dump({"name": "widget", "tags": ["a", "b"], "price": 9.99, "stock": None}, buf, indent=2, sort_keys=True)
text = buf.getvalue()
print(text)
buf.seek(0)
print(json.load(buf))
out = io.StringIO()
json.dump([1, 2, 3], out)
print(repr(out.getvalue()))
print(json.load(io.StringIO('{"x": [1, 2, {"y": "z"}]}')))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point): return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot serialize {type(o).__name__}")
def dec(d):
    if "__point__" in d: return Point(*d["__point__"])
    return d
s = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, default=enc)
print(s)
back = json.loads(s, object_hook=dec)
print(back["p"].x, back["p"].y, back["ps"][0].y)
try:
    json.dumps({"bad": object()}, default=enc)
except TypeError as e:
    print(e)
class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "f": frozenset("ab")}, cls=MyEncoder, sort_keys=True))
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
records = [{"id": i, "sq": i * i, "name": f"item{i}"} for i in range(5)]
lines = "\n".join(json.dumps(r) for r in records)
print(lines)
print(sum(json.loads(l)["sq"] for l in lines.splitlines()))
print(json.dumps(json.loads(json.dumps(records)), separators=(",", ":")) == json.dumps(records, separators=(",", ":")))
