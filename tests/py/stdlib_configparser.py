# configparser: reading INI text and files, typed getters, interpolation,
# the mapping protocol, writing, and the error messages.
import configparser
import io
import os
import tempfile

TEXT = """\
# a comment
[DEFAULT]
base = /opt
Debug = no

[paths]
home = %(base)s/home
bad = %(nope)s/x
pct = 100%%
num = 42
flt = 2.5
yes = on
multi = first line
   second line

   after blank
key: colon value

[empty]
; nothing here
"""

p = configparser.ConfigParser()
p.read_string(TEXT)
print(p.sections(), p.has_section("paths"), p.has_section("DEFAULT"))
print(p.get("paths", "home"), p.get("paths", "HOME"), p["paths"]["pct"])
print(p.getint("paths", "num"), p.getfloat("paths", "flt"), p.getboolean("paths", "yes"),
      p.getboolean("paths", "debug"))
print(repr(p.get("paths", "multi")))
print(p.get("paths", "key"), p.get("empty", "base"))
print(p.options("paths"))
print(p.has_option("paths", "num"), p.has_option("paths", "base"),
      p.has_option("paths", "zzz"), p.has_option("nosuch", "num"))
print(p.items("paths", raw=True)[:3])
print(p.items("empty"))
print(p.get("paths", "missing", fallback="fb"), p.getint("paths", "missing", fallback=7),
      p.get("nosec", "x", fallback=None))
print(p.get("paths", "home", raw=True), p.get("paths", "home", vars={"base": "/usr"}))
print(p["paths"], list(p), len(p), "paths" in p, "zzz" in p)
sec = p["paths"]
print(sec.name, sec.getint("num"), sec.getboolean("nope", True), sec.get("missing"), len(sec))
print(sorted(sec)[:4], "num" in sec)
print(dict(p["DEFAULT"]))

for call in (lambda: p.get("paths", "bad"),
             lambda: p.get("nosec", "x"),
             lambda: p.get("paths", "x"),
             lambda: p.getint("paths", "home"),
             lambda: p.getboolean("paths", "home"),
             lambda: p.set("paths", "q", "%(x"),
             lambda: p.set("paths", "q", "50%"),
             lambda: p.set("paths", "q", 5),
             lambda: p.set("nosec", "q", "v"),
             lambda: p.add_section("paths"),
             lambda: p.add_section("DEFAULT"),
             lambda: p.add_section(3),
             lambda: p.options("nosec"),
             lambda: p["nosec"],
             lambda: p.items("nosec"),
             lambda: p["paths"]["nope"],
             lambda: p.__delitem__("DEFAULT"),
             lambda: p.read_string("[a]\nx=1\n[a]\n"),
             lambda: p.read_string("[b]\nx=1\nX=2\n"),
             lambda: p.read_string("x=1\n"),
             lambda: p.read_string("[c]\n=1\n  what\nbad line\n"),
             lambda: p.read_dict({"d": {"k": 1, "K": 2}})):
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__ + ":", e)

p2 = configparser.ConfigParser()
p2.read_string("[s]\na = %(b)s\nb = %(a)s\nc = %d\nd = %(e\n")
for opt in "acd":
    try:
        p2.get("s", opt)
    except configparser.Error as e:
        print(type(e).__name__ + ":", e)

# set / remove / write
p.set("paths", "new", "value")
p["extra"] = {"a": 1, "b": "two", "c": "x\ny"}
p["paths"]["num"] = "43"
print(p.remove_option("paths", "bad"), p.remove_option("paths", "bad"))
print(p.remove_section("empty"), p.remove_section("empty"))
del p["extra"]["b"]
p["more"] = {}
p.set("more", "k", "v")
out = io.StringIO()
p.write(out)
print(out.getvalue())
out = io.StringIO()
p.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

# files, read() skipping missing ones, read_file
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "a.ini")
with open(path, "w") as f:
    f.write("[file]\nx = 1\n")
r = configparser.ConfigParser()
print(r.read([path, os.path.join(tmp, "missing.ini")]) == [path])
with open(path) as f:
    r.read_file(f)
print(r.items("file"))
os.remove(path)
os.rmdir(tmp)

# RawConfigParser, no value, inline comments, custom delimiters, defaults
raw = configparser.RawConfigParser()
raw.read_string("[r]\nv = 100%(x)s\n")
print(raw.get("r", "v"))
nv = configparser.ConfigParser(allow_no_value=True, inline_comment_prefixes=("#",),
                               delimiters=("=",))
nv.read_string("[n]\nflag\nkey = value # trailing\nurl = a#b\nx: y = z\n")
print(nv.items("n"))
d = configparser.ConfigParser(defaults={"shared": "yes"}, default_section="common",
                              interpolation=None)
d.read_string("[one]\nv = %(shared)s\n[common]\nother = 1\n")
print(d.get("one", "v"), d.get("one", "shared"), d.defaults())
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("[a]\nx = 1\ny = ${x}2\n[b]\nz = ${a:y}3 $$\n")
print(e.get("a", "y"), e.get("b", "z"))
ns = configparser.ConfigParser(strict=False)
ns.read_string("[a]\nx=1\nx=2\n[a]\ny=3\n")
print(ns.items("a"))
cv = configparser.ConfigParser(converters={"list": lambda s: s.split(",")})
cv.read_string("[l]\nitems = a,b,c\n")
print(cv.getlist("l", "items"))
print(issubclass(configparser.NoOptionError, configparser.Error),
      issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError))
print(repr(configparser.NoSectionError("x")), configparser.DEFAULTSECT)
