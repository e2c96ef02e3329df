# gettext: identity translations without a catalogue, NullTranslations,
# and GNUTranslations reading a .mo file (with plural forms and context).
import builtins
import gettext
import os
import struct
import tempfile

print(gettext.gettext("Hello"), gettext.ngettext("apple", "apples", 1),
      gettext.ngettext("apple", "apples", 3), gettext.pgettext("menu", "Open"),
      gettext.npgettext("ctx", "one", "many", 0))
print(gettext.dgettext("nosuchdomain", "x"), gettext.dngettext("nosuchdomain", "a", "b", 2))
print(gettext.textdomain(), gettext.textdomain("mine"), gettext.textdomain())
print(gettext.find("nosuchdomain", "/nonexistent"), gettext.find("nosuchdomain", "/nonexistent", all=True))
try:
    gettext.translation("nosuchdomain", "/nonexistent")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
t = gettext.translation("nosuchdomain", "/nonexistent", fallback=True)
print(type(t).__name__, t.gettext("msg"), t.ngettext("s", "p", 2), t.info(), t.charset())
t.install(names=["ngettext"])
print(_("installed"), builtins.ngettext("s", "p", 1))
del builtins._, builtins.ngettext


def make_mo(entries, path):
    keys = sorted(entries)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        v = entries[k]
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    start = 7 * 4
    keystart = start + len(keys) * 16
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    data = struct.pack("Iiiiiii", 0x950412de, 0, len(keys), start,
                       start + len(keys) * 8, 0, 0)
    data += struct.pack("%di" % len(koffsets), *koffsets)
    data += struct.pack("%di" % len(voffsets), *voffsets)
    data += ids + strs
    with open(path, "wb") as f:
        f.write(data)


tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, "fr", "LC_MESSAGES"))
mo = os.path.join(tmp, "fr", "LC_MESSAGES", "app.mo")
make_mo({
    b"": b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n",
    b"Hello": "Bonjour".encode(),
    b"file\0files": "fichier\0fichiers (2-4)\0fichiers".encode(),
    b"menu\x04Open": "Ouvrir".encode(),
    b"cafe": "caf\u00e9".encode(),
}, mo)
print(gettext.find("app", tmp, ["fr"]) == mo, gettext.find("app", tmp, ["de"]))
tr = gettext.translation("app", tmp, languages=["fr_FR.UTF-8"])
print(type(tr).__name__, tr.gettext("Hello"), tr.gettext("cafe"), tr.gettext("missing"))
print([tr.ngettext("file", "files", n) for n in (1, 2, 5, 12, 22, 101)])
print(tr.pgettext("menu", "Open"), tr.pgettext("other", "Open"), tr.ngettext("x", "xs", 2))
print(tr.charset(), sorted(tr.info()))
with open(mo, "rb") as f:
    direct = gettext.GNUTranslations(f)
print(direct.gettext("Hello"))
tr.add_fallback(gettext.NullTranslations())
print(tr.gettext("nope"))
gettext.bindtextdomain("app", tmp)
os.environ["LANGUAGE"] = "fr"
print(gettext.dgettext("app", "Hello"), gettext.dngettext("app", "file", "files", 3))
f = gettext.c2py("n != 1")
print(f(1), f(2), gettext.c2py("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2")(11))
try:
    gettext.c2py("n + ")
except ValueError as e:
    print("ValueError")
with open(os.path.join(tmp, "bad.mo"), "wb") as bf:
    bf.write(b"\0" * 28)
try:
    with open(os.path.join(tmp, "bad.mo"), "rb") as bf:
        gettext.GNUTranslations(bf)
except OSError as e:
    print("OSError:", e.args[:2])
import shutil
shutil.rmtree(tmp)
