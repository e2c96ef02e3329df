import re, sys
from collections import Counter, defaultdict

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>\d\.\d)" (?P<status>\d{3}) (?P<size>\d+|-)'
    r'(?: "(?P<ref>[^"]*)" "(?P<ua>[^"]*)")?')
QS_RE = re.compile(r'([^&=?]+)=([^&]*)')
WORD_RE = re.compile(r'[A-Za-z]+', re.I)
NUM_RE = re.compile(r'\b\d+\b')

def gen_lines(n):
    methods = ["GET", "POST", "PUT", "DELETE", "HEAD"]
    paths = ["/index.html", "/api/v1/users", "/api/v1/items?id=%d&sort=asc",
             "/static/app.js", "/search?q=%s&page=%d", "/login", "/logout"]
    uas = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/7.68.0", "Python-urllib/3.11", "Googlebot/2.1"]
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        ip = "%d.%d.%d.%d" % (10 + seed % 50, (seed >> 8) % 256, (seed >> 16) % 256, i % 256)
        m = methods[seed % len(methods)]
        p = paths[(seed >> 3) % len(paths)]
        if "%s" in p:
            p = p % (words[i % 5], i % 7)
        elif "%d" in p:
            p = p % (i,)
        status = [200, 200, 200, 304, 404, 500, 301][(seed >> 5) % 7]
        size = "-" if status == 304 else str((seed >> 4) % 50000)
        ts = "%02d/Nov/2026:%02d:%02d:%02d +0000" % (1 + i % 28, i % 24, (i * 7) % 60, (i * 13) % 60)
        user = "-" if i % 3 else "user%d" % (i % 17)
        if i % 4:
            yield '%s - %s [%s] "%s %s HTTP/1.1" %d %s "%s" "%s"' % (
                ip, user, ts, m, p, status, size, "http://example.com/ref%d" % (i % 9), uas[i % 4])
        else:
            yield '%s - %s [%s] "%s %s HTTP/1.0" %d %s' % (ip, user, ts, m, p, status, size)

def anonymize(m):
    parts = m.group(0).split(".")
    return ".".join(parts[:2] + ["x", "x"])

def main():
    lines = list(gen_lines(N))
    text = "\n".join(lines)
    status = Counter()
    methods = Counter()
    bytes_by_path = defaultdict(int)
    params = Counter()
    users = set()
    uas = Counter()
    bad = 0
    for line in lines:
        m = LINE_RE.match(line)
        if not m:
            bad += 1
            continue
        d = m.groupdict()
        status[d["status"]] += 1
        methods[m.group("method")] += 1
        path, sep, qs = d["path"].partition("?")
        if d["size"] != "-":
            bytes_by_path[path] += int(d["size"])
        for k, v in QS_RE.findall(qs):
            params[k + "=" + v[:3]] += 1
        if d["user"] != "-":
            users.add(d["user"])
        if m.group("ua"):
            uas[m.group("ua").split("/")[0]] += 1
        s, e = m.span("ts")
        assert line[s:e] == d["ts"]
    print("bad", bad)
    print("status", sorted(status.items()))
    print("methods", methods.most_common(3))
    for p, b in sorted(bytes_by_path.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-20s %10d" % (p, b))
    print("params", params.most_common(5))
    print("users", len(users), sorted(users)[:5])
    print("uas", sorted(uas.items()))
    anon = re.sub(r'\b\d{1,3}(?:\.\d{1,3}){3}\b', anonymize, text[:20000])
    print(anon[:300])
    ips = Counter(m.group(1) for m in re.finditer(r'^(\d+)\.', text, re.M))
    print("ip first octets", ips.most_common(4))
    words = Counter(w.lower() for w in WORD_RE.findall(text[:50000]))
    print("words", words.most_common(8))
    nums = NUM_RE.findall(text[:30000])
    print("nums", len(nums), sum(int(x) for x in nums) % 1000003)
    fields = re.split(r'[\s\[\]"]+', lines[0])
    print(fields)
    print(re.split(r'(\d+)', "abc12def345gh", maxsplit=2))
    cnt = 0
    for m in re.finditer(r'"(GET|POST) ([^ ?"]+)', text):
        cnt += len(m.group(2))
    print("finditer", cnt)
    print(re.subn(r'(?i)http/(\d)\.(\d)', r'H\2.\1', lines[1]))
    print(re.sub(r'(?P<a>\w+)@(?P<b>\w+)', r'\g<b> at \g<a>', "joe@home sam@work"))
    print(re.fullmatch(r'[a-z]+\d*', "abc123") is not None, re.search(r'x(?=y)', "axyb").start())
    print(LINE_RE.pattern[:20], LINE_RE.groups, sorted(LINE_RE.groupindex.items())[:3])

main()
