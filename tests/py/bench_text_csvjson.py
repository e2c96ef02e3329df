import csv, json, io, sys
from collections import namedtuple, OrderedDict, defaultdict

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000

Row = namedtuple("Row", "id name city score active notes")

def make_rows(n):
    cities = ["Paris", "New York", "São Paulo", "Zürich", "Tokyo", 'Quote "City"', "Comma, Town"]
    rows = []
    for i in range(n):
        rows.append(Row(i, "name%d" % (i * 7 % 1000), cities[i % len(cities)],
                        round((i * 3.14159) % 100, 3), i % 3 != 0,
                        "line1\nline2" if i % 11 == 0 else ""))
    return rows

def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL)
    w.writerow(Row._fields)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()

def from_csv(text):
    rd = csv.DictReader(io.StringIO(text))
    out = []
    for d in rd:
        out.append(Row(int(d["id"]), d["name"], d["city"], float(d["score"]), d["active"] == "True", d["notes"]))
    return out

def to_json(rows):
    data = [r._asdict() for r in rows]
    return json.dumps({"rows": data, "count": len(rows)}, ensure_ascii=False, sort_keys=True)

def main():
    rows = make_rows(N)
    text = to_csv(rows)
    print(len(text), text[:200].replace("\r", "\\r"))
    back = from_csv(text)
    print(back == rows, back[11])
    js = to_json(back)
    print(len(js), js[:160])
    obj = json.loads(js)
    print(obj["count"], obj["rows"][7])
    pretty = json.dumps(obj["rows"][:3], indent=2)
    print(pretty)
    print(json.dumps({"a": [1, 2.5, None, True, "é\u2603\n"], "b": {"c": []}}, separators=(",", ":")))
    print(json.dumps([1e100, -0.0, 12345678901234567890, "\x01"], ensure_ascii=True))
    agg = defaultdict(lambda: [0, 0.0])
    for r in obj["rows"]:
        a = agg[r["city"]]
        a[0] += 1
        a[1] += r["score"]
    od = OrderedDict(sorted(agg.items()))
    od.move_to_end("Paris")
    od.move_to_end("Tokyo", last=False)
    for k, (c, s) in od.items():
        print("%-14s %5d %10.3f" % (k, c, s / c))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["k", "n", "avg"], delimiter=";", quoting=csv.QUOTE_NONNUMERIC)
    w.writeheader()
    for k, (c, s) in od.items():
        w.writerow({"k": k, "n": c, "avg": round(s / c, 2)})
    print(buf.getvalue().replace("\r", "\\r"))
    rd = csv.reader(io.StringIO(buf.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC)
    print(list(rd)[:3])
    sn = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
    print(sn.delimiter)
    dec = json.JSONDecoder(object_pairs_hook=OrderedDict)
    print(dec.decode('{"z": 1, "a": [1, {"q": null}]}'))
    try:
        json.loads('{"a": 1,}')
    except json.JSONDecodeError as e:
        print("err", e.msg, e.pos, e.lineno, e.colno)
    class Enc(json.JSONEncoder):
        def default(self, o):
            if isinstance(o, set):
                return sorted(o)
            return super().default(o)
    print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
    total = 0
    for i in range(N // 10):
        s = json.dumps({"i": i, "v": [i, str(i), i / 3]})
        total += len(json.loads(s)["v"][1])
    print(total)

main()
