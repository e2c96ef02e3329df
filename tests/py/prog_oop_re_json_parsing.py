import re, json
log = """2023-01-05 10:00:01 ERROR [db] connection lost (code=17)
2023-01-05 10:00:02 INFO [web] request /index 200
2023-01-05 10:01:00 WARN [db] slow query 1.52s
2023-01-06 11:00:00 ERROR [auth] bad token user=bob"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<lvl>\w+) \[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("lvl"), m["mod"], m.groupdict()["msg"], m.span("mod"), m.start(), m.end() - m.start())
print(pat.findall(log)[0])
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site bob@x"), re.split(r"[,;]\s*", "a, b;c ,d"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples 10 pears"), re.subn("a", "A", "banana"))
print(re.match(r"(\d+)-(\d+)", "10-20").groups(), re.search(r"z", "abc"), re.fullmatch(r"\w+", "abc!"), bool(re.fullmatch(r"[a-c]+", "abcab")))
m = re.search(r"(?i)HELLO (\w+)?", "say hello "); print(m.group(0), m.group(1), m.groups("none"))
print(re.escape("a.b*c"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.compile(r"\s+").sub(" ", "a   b \t c"))
tok = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokens(s):
    for num, op in tok.findall(s):
        yield ("NUM", float(num)) if num else ("OP", op)
print(list(tokens("3 + 4.5*(2 - 1)")))
print(re.split(r"(\s)", "a b  c"), re.findall(r"\b\w+\b", "it's a dog-eat-dog world"), re.sub(r"^", "> ", "a\nb", flags=re.M))
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "ok": True, "dims": {"w": 1, "h": 2.5}, "uni": "caf\u00e9"}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(s); print(back == data, back["dims"]["h"], type(back["tags"]))
print(json.dumps([1, 2.0, "x", [None]], separators=(",", ":")), json.dumps("caf\u00e9", ensure_ascii=False), json.loads('{"a": [1, 2, {"b": null}]}'))
print(json.loads("1e3"), json.loads('"\\u00e9\\n"'), json.dumps(float("inf")), json.dumps({1: 2, "k": (1,2)}))
try: json.loads("{bad}")
except json.JSONDecodeError as e: print("err", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3,1,2}}, cls=Enc))
try: json.dumps({"s": {1}})
except TypeError as e: print(e)
print(json.dumps({"b": 1, "a": 2}, default=str, indent=1))
print(json.loads('[1, 2]', object_hook=None), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
