# tomllib: a full TOML document (every value type, tables, arrays of
# tables, dotted keys, inline tables), parse_float, load() from a binary
# file, and the error messages for invalid documents.
import tomllib
import io

doc = r'''
# A comment
title = "TOML \"Example\"\t\u00e9\U0001F600"
literal = 'C:\Users\nodejs\templates'
bare_key-1 = 1
"quoted key" = "q"
'single' = 's'
site."google.com" = true
a.b.c = 1
a.b.d = 2
multi = """
Roses are red
Violets are blue"""
multi2 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
quotes = """Here are two quotation marks: "". Simple enough.""""
lit_multi = QQQ
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
QQQ
lit_quotes = QQQ'That,' she said, 'is still pointless.QQQ'
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000_000
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o755
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
bool1 = true
bool2 = false
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27T07:32:00.1234567+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green" ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
string_array = [ "all", 'strings', """are the same""", QQQtypeQQQ ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>",  # comment
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" },
]
trailing = [
  1,
  2, # two
]
empty = []
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty_inline = {}

[table-1]
key1 = "some string"
key2 = 123

[table-2]
key1 = "another string"
key2 = 456

[dog."tater.man"]
type.name = "pug"

[ j . "ʞ" . 'l' ]
x = 1

[x.y.z.w]

[x]
direct = true

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"
shape = "round"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
'''.replace('QQQ', "'" * 3)


def show(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                print(pad + repr(k) + ":")
                show(v, indent + 1)
            else:
                print(pad + repr(k) + ": " + repr(v))
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, (dict, list)) and v:
                print(pad + "-")
                show(v, indent + 1)
            else:
                print(pad + "- " + repr(v))


data = tomllib.loads(doc)
show(data)
nan_doc = tomllib.loads("a = nan\nb = +nan\nc = -nan")
print([type(v).__name__ for v in nan_doc.values()], [v != v for v in nan_doc.values()])
print(tomllib.loads("x = 1.5\ny = 2", parse_float=lambda s: "F" + s))
print(tomllib.loads("a = 1\r\nb = 'x'\r\n"))
print(tomllib.load(io.BytesIO(b"k = 'v'\n[t]\nn = 1")))
try:
    tomllib.load(io.StringIO("k = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: [])
except ValueError as e:
    print("ValueError", e)

bad_docs = [
    "x = 1\nx = 2", "[a]\n[a]", "a = 1\n[a]", "[a]\nb = 1\n[a.b]", "a = {b = 1}\na.c = 2",
    "a = [1]\n[[a]]", "key", "key = ", "= 1", "a = 'unterminated", 'a = "unterminated',
    'a = "bad \\q escape"', 'a = "\\u12"', 'a = "\\uD800"', "a = [1, 2", "a = {b = 1", "a = {b = 1,}",
    "a = {b = 1, b = 2}", "a = 1 b = 2", "[table\nk = 1", "[[arr]\nk=1", "a = 1979-13-27",
    "a = 1979-02-30", "a = 00:60:00", "a = 0x", "a = 01", "a = 1__0", "a = .5", "a = 5.",
    "a = tru", "a = 'tab\tok' # comment \x01", "a = \"ctrl\x01\"", "[a]\nb.c = 1\n[a.b]",
    "a.b = 1\na.b.c = 2", "[[a]]\nb = 1\n[a]", "a = [{b = 1}]\na[0].c = 2", "\ufeffa = 1",
    "a = 1\n\n  # ok\n[b] # c\n[b.c] x = 1", "a = '''\nunterminated", "a = \"\"\"ok\\  \n  x\"\"\"",
    "a = \"\"\"bad \\  x\"\"\"", "[a.b]\n[a]\nb = 1", "a = {}\n[a.b]", "[a]\nx.y = 1\n[a.x]",
]
for d in bad_docs:
    try:
        print(repr(d), "->", tomllib.loads(d))
    except tomllib.TOMLDecodeError as e:
        print(repr(d), "->", "TOMLDecodeError:", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
