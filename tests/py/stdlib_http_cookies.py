# http.cookies: SimpleCookie/BaseCookie/Morsel output() and load() as in
# CPython 3.11 (quoting, attributes, flags, malformed headers, errors).
import pickle
from http import cookies


def show(*items):
    # the CRLF between cookies made visible
    print(*[str(x).replace("\r\n", "<CRLF>\n") for x in items])


C = cookies.SimpleCookie()
C["fig"] = "newton"
C["sugar"] = "wafer"
C["rocky"] = "road"
C["rocky"]["path"] = "/cookie"
C["tasty"] = 'needs "quotes" and \\ and ;,'
C["uni"] = "caf\xe9 \u20ac"
C["num"] = 42
show(C.output())
show(C.output(header="Cookie:"))
print(C.output(attrs=[], sep="|"))
print(repr(C))
print(C["tasty"].value, C["tasty"].coded_value)
print(C.js_output(["path"]))

C = cookies.SimpleCookie()
C.load('chips=ahoy; vienna=finger; keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;"')
print(sorted(C.keys()))
print(repr(C["keebler"].value), C["keebler"].coded_value)
show(C)

C = cookies.SimpleCookie()
C.load('Customer="WILE_E_COYOTE"; Version=1; Path=/acme; Secure; HttpOnly; '
       'expires=Wed, 09 Jun 2021 10:18:14 GMT; Max-Age=3600; Domain=.example.com; '
       'SameSite=Strict; Comment="a comment"')
m = C["Customer"]
print(m.value, m.coded_value, m.key)
print(sorted((k, v) for k, v in m.items()))
show(C.output())
print(repr(m))

C = cookies.SimpleCookie('a=1; $Path=/p; b=2')
show(C.output())
for bad in ['path=/; a=1', 'a=1; secure=; flag', 'a=1; expires', '"x', 'k', '=v', 'a=1 b=2 c',
            'a=1; b', 'a b=2', 'a=1; nonsense; b=2', 'x=[1,2]; y=z']:
    c = cookies.SimpleCookie()
    c.load(bad)
    print(repr(bad), "->", repr(c))

C = cookies.SimpleCookie()
C.load({"d1": "v1", "d2": 'v "2"'})
show(C.output())

m = cookies.Morsel()
print(m.key, m.value, m.coded_value, sorted(m.keys()), m.output())
m.set("key", "val", '"val"')
m["Max-Age"] = 10
m["SECURE"] = True
m["httponly"] = False
m["comment"] = "semi;colon"
m["version"] = 1
m["samesite"] = "Lax"
print(m.output())
print(m.OutputString(["max-age", "secure"]))
print(m.isReservedKey("Path"), m.isReservedKey("other"))
m2 = m.copy()
print(m2 == m, m2 is m, type(m2).__name__, m2.key, m2 != m)
m2["path"] = "/x"
print(m2 == m, m == 5)
m.update({"Domain": "d.com", "PATH": "/y"})
print(m["domain"], m["path"])
print(m.setdefault("Path", "/z"), m.setdefault("expires", "never"))
for action in [lambda: m.__setitem__("bogus", 1), lambda: m.update({"x": 1}),
               lambda: m.setdefault("nope"), lambda: m.set("path", "v", "v"),
               lambda: m.set("bad key", "v", "v"), lambda: m.set("k;", "v", "v")]:
    try:
        action()
    except cookies.CookieError as e:
        print("CookieError", e)
p = pickle.loads(pickle.dumps(m))
print(p == m, p.output())
print(cookies.Morsel[str])

B = cookies.BaseCookie()
B["plain"] = 'has "quotes"'
B.load('raw="quoted\\"value"')
show(B.output(), repr(B["raw"].value))
try:
    B["bad key"] = "x"
except cookies.CookieError as e:
    print("CookieError", e)


class MyMorsel(cookies.Morsel):
    pass


mm = MyMorsel()
mm.set("mk", "mv", "mv")
B["mk"] = mm
print(type(B["mk"]).__name__, B["mk"].output())

print(cookies._quote("simple"), cookies._quote("with space"), cookies._quote("\x01\x7f\xff"))
print(cookies._unquote('"\\101\\"\\\\x\\q"'), cookies._unquote('"'), cookies._unquote("noquote"))
print(cookies._unquote('"\\400"'), cookies._unquote(None), cookies._quote(None))
