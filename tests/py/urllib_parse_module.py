# urllib.parse: split / parse / join / defrag, quoting, query strings,
# result attributes, bytes variants, errors.
from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)
import urllib.parse as up

urls = ["http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag",
        "https://example.com", "ftp://ftp.host/file.txt", "file:///etc/passwd",
        "mailto:someone@example.com", "//netloc/path", "/just/a/path?x#y",
        "relative/path", "http://[::1]:80/ipv6", "http://[fe80::1%25eth0]/x",
        "HTTP://EXAMPLE.COM/Case", "tel:+1-816-555-1212", "news:comp.lang.python",
        "http://a/b/c/d;p?q", "  http://strip.me/  ", "http://h/p\t\nq", "",
        "sip:alice@atlanta.com;maddr=1", "svn+ssh://host/repo", "path;with;semis",
        "http://host:/nopost", "http://@host", "HtTp://x.y/"]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print("  ", p)
    print("  ", s.netloc, s.username, s.password, s.hostname, s.port, repr(p.geturl()), repr(s.geturl()))
print(urlparse("http://h/p?q#f", allow_fragments=False))
print(urlparse("path", scheme="https"), urlsplit("//h/p", "ftp"))
print(urlunparse(("http", "h", "/p", "a", "q", "f")), urlunsplit(("", "", "p", "", "")),
      urlunsplit(("http", "", "p", "", "")), urlunsplit(["file", "", "/x", "", ""]))

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
            "g#s/./x", "g#s/../x", "http:g", "https:g"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("http://a/b/", "c"), urljoin("", "x"), urljoin("http://a", ""), urljoin("mailto:a", "b"))
print(urljoin(b"http://a/b/c", b"../d"))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag(b"x#y"))

print("--- quoting")
for s in ["abc def", "a/b/c", "~user", "ü€", "a+b=c&d", "100%", "", "safe-_.~chars", "\x00\x7f"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote(s, safe="/&="))
print(quote(b"\xff\x00bytes"), quote_from_bytes(b"a b\xfe"), quote_plus(b"x y+z"))
print(quote("é", encoding="latin-1"), quote("\udcff", errors="surrogateescape"))
for s in ["abc%20def", "%E2%82%AC", "%zz%4", "a+b", "%C3%A9+%2B", "%ff", "no-escapes", "%"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%e9", encoding="latin-1"), unquote("%ff", errors="strict") if False else unquote(b"%41%42"))
try:
    quote(b"x", encoding="utf-8")
except TypeError as e:
    print("TypeError", e)
try:
    quote_from_bytes("str")
except TypeError as e:
    print("TypeError", e)

print("--- query strings")
print(urlencode({"a": 1, "b": "x y", "c": "&="}))
print(urlencode([("k", "v1"), ("k", "v2"), ("e", "")]))
print(urlencode({"list": [1, 2, "three"], "s": "abc", "b": b"by tes"}, doseq=True))
print(urlencode({"list": [1, 2]}), urlencode({"q": "a/b"}, safe="/"), urlencode({"q": "a b"}, quote_via=quote))
try:
    urlencode("bad")
except TypeError as e:
    print("TypeError", e)
qs = "a=1&b=2&a=3&c=&d&e=x+y%21;f=g"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"x=1&y=%20"))
for bad in [lambda: parse_qsl("a&b", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1),
            lambda: parse_qsl("a=1", separator="")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

print("--- results")
r = urlsplit("http://u@h:1/p")
print(r._replace(scheme="https").geturl(), r.encode(), type(r).__name__)
b = urlparse(b"http://User@Host:99/p;a?q#f")
print(b, b.hostname, b.port, b.username, b.decode())
print(urlsplit(b"//x").netloc, type(urlsplit(b"x")).__name__)
for bad in ["http://h:99999", "http://h:xx", "http://[::1/x", "http://h]/", "http://[1.2.3.4]/",
            "http://[vz.x]/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError", e)
try:
    urljoin("http://a", b"b")
except TypeError as e:
    print("TypeError", e)
print(up.unwrap("<URL:http://x/>"), up.scheme_chars[:5], up.uses_netloc[:3])
print(up.splittype("http://x") if False else up._splittype("HTTP://x"), up._splithost("//h:1/p"), up._splitport("h:80"),
      up._splitnport("h:x"), up._splituser("u:p@h"), up._splitpasswd("u:p"), up._splitquery("/p?q"), up._splittag("/p#t"))
