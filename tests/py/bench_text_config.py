import sys, configparser, io, re, string
from collections import ChainMap, Counter

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300

def gen_ini(n):
    parts = ["[DEFAULT]", "base = /srv/app", "debug = false", ""]
    for i in range(n):
        parts.append("[service.%d]" % i)
        parts.append("name = svc%d" % i)
        parts.append("port = %d" % (8000 + i))
        parts.append("path = %(base)s/svc" + str(i))
        parts.append("ratio = %s" % (i / 8))
        parts.append("enabled = %s" % ("yes" if i % 2 else "off"))
        parts.append("; comment %d" % i)
        parts.append("multi = first\n   second %d\n   third" % i)
        parts.append("")
    return "\n".join(parts)

TOML_LINE = re.compile(r'^\s*(?:\[(?P<table>[\w.]+)\]|(?P<key>[\w-]+)\s*=\s*(?P<val>.+?))\s*(?:#.*)?$')

def parse_value(s):
    if s.startswith('"') and s.endswith('"'):
        return s[1:-1].encode().decode("unicode_escape")
    if s in ("true", "false"):
        return s == "true"
    if s.startswith("["):
        inner = s[1:-1].strip()
        return [parse_value(x.strip()) for x in inner.split(",")] if inner else []
    try:
        return int(s.replace("_", ""))
    except ValueError:
        return float(s)

def parse_toml(text):
    root = {}
    cur = root
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = TOML_LINE.match(line)
        if not m:
            raise ValueError("line %d: %r" % (lineno, line))
        if m["table"]:
            cur = root
            for part in m["table"].split("."):
                cur = cur.setdefault(part, {})
        else:
            cur[m["key"]] = parse_value(m["val"])
    return root

def gen_toml(n):
    out = ['title = "bench\\tconfig"', "version = 1_000", ""]
    for i in range(n):
        out.append("[server.s%d]" % i)
        out.append('host = "10.0.%d.%d"  # the host' % (i // 256, i % 256))
        out.append("ports = [ %d, %d, %d ]" % (i, i + 1, i + 2))
        out.append("weight = %s" % (i * 0.25))
        out.append("active = %s" % ("true" if i % 3 else "false"))
        out.append("")
    return "\n".join(out)

def main():
    text = gen_ini(N)
    cp = configparser.ConfigParser()
    cp.read_string(text)
    print(len(cp.sections()), cp.sections()[:3])
    tot = 0
    en = 0
    for sec in cp.sections():
        s = cp[sec]
        tot += s.getint("port") + int(s.getfloat("ratio") * 8)
        en += s.getboolean("enabled")
        assert s["path"].startswith("/srv/app/svc")
    print(tot, en, cp["service.5"]["path"], repr(cp.get("service.7", "multi")))
    print(cp.get("service.1", "missing", fallback="fb"), cp.has_option("service.2", "debug"), dict(cp["service.3"]))
    buf = io.StringIO()
    cp2 = configparser.ConfigParser(interpolation=None)
    cp2.read_dict({"a": {"x": "1", "y": "%(x)s"}, "b": {"z": "q"}})
    cp2.write(buf)
    print(buf.getvalue())
    raw = configparser.RawConfigParser()
    raw.read_string("[s]\nk = %(nope)s\n")
    print(raw.get("s", "k"))
    try:
        cp.read_string("[dup]\na=1\na=2\n")
    except configparser.Error as e:
        print(type(e).__name__, e)
    t = gen_toml(N)
    doc = parse_toml(t)
    print(doc["title"], doc["version"], len(doc["server"]), doc["server"]["s5"])
    print(sum(sum(s["ports"]) for s in doc["server"].values()), sum(s["weight"] for s in doc["server"].values()))
    cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
    cm2 = cm.new_child({"c": 4})
    print(cm["a"], cm2["b"], sorted(cm2), len(cm2), cm2.parents)
    tpl = string.Template("Server $name at ${host}:$port")
    lines = [tpl.substitute(name=k, host=v["host"], port=v["ports"][0]) for k, v in doc["server"].items()]
    print(lines[:2], len(lines))
    c = Counter()
    for l in lines:
        c.update(l.split())
    print(c.most_common(3), (c + Counter(Server=1))["Server"], sorted((c - Counter(at=5)).elements())[:3])
    f = string.Formatter()
    print(f.format("{0}-{x:>4}", 1, x="y"), list(f.parse("a{b:c}d")), string.capwords(" hello   world "))
    print(string.ascii_letters[:5], string.punctuation, string.digits)

main()
