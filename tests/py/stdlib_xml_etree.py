# xml.etree.ElementTree: parsing (namespaces, entities, CDATA, errors with
# expat's line/column), building, ElementPath, serialisation, iterparse.
import copy
import io
import os
import tempfile
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library [
  <!ENTITY pub "Example &amp; Sons">
]>
<!-- a comment before the root -->
<library xmlns="http://example.com/lib" xmlns:x="http://example.com/extra" version="2">
  <book id="b1" lang="en">
    <title>Dive &lt;Into&gt; Python</title>
    <author>Mark</author>
    <year>2009</year>
    <x:note>&pub;</x:note>
  </book>
  <book id="b2" lang="fr">
    <title><![CDATA[Le <Petit> Prince]]></title>
    <author>Antoine</author>
    <year>1943</year>
  </book>
  <book id="b3">
    <title>Caf&#233; &#x263A;</title>
    <author>Someone</author>
    <?render fast?>
    <year>2020</year>
  </book>
  <magazine id="m1"><title>Monthly</title></magazine>
</library>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
NS = {"l": "http://example.com/lib", "x": "http://example.com/extra"}
for book in root.findall("l:book", NS):
    print(book.get("id"), book.get("lang", "?"), repr(book.findtext("l:title", namespaces=NS)),
          book.find("l:year", NS).text)
print(root.find("l:book/x:note", NS).text)
print([e.tag.split("}")[1] for e in root.iter() if isinstance(e.tag, str)][:8])
print(repr(root.text), repr(root[0].tail), repr(root[-1].tail))
print("".join(root[2].itertext()).split())
print([b.get("id") for b in root.findall("{*}book")])
print([b.get("id") for b in root.findall(".//{http://example.com/lib}title/..")])
print([b.get("id") for b in root.findall("l:book[@lang]", NS)])
print([b.get("id") for b in root.findall("l:book[@lang='fr']", NS)])
print([b.get("id") for b in root.findall("l:book[@lang!='fr']", NS)])
print([b.get("id") for b in root.findall("l:book[l:year='1943']", NS)])
print([b.get("id") for b in root.findall("l:book[l:note]", {"l": NS["l"], "": NS["l"]})])
print([b.get("id") for b in root.findall("*[x:note]", NS)])
print([b.get("id") for b in root.findall("l:book[2]", NS)], [b.get("id") for b in root.findall("l:book[last()]", NS)],
      [b.get("id") for b in root.findall("l:book[last()-1]", NS)])
print(len(root.findall(".//*")), len(root.findall("*")), root.find(".").tag == root.tag)
print([t.text for t in root.findall(".//l:title", NS)])
print([t.text for t in root.findall("{*}book/{*}title[.='Monthly']")], root.findall("l:magazine/l:title[.='Monthly']", NS)[0].text)
print(root.findtext("l:nothing", "default", NS), repr(root.findtext("l:magazine", namespaces=NS)))
print([e.get("id") for e in root.iterfind("l:book", NS)])
print(root.findall("book"), root.find("zzz"))
for bad in ["/abs", "book[0]", "q:x", "book[@a=b]"]:
    try:
        root.findall(bad, NS)
        print("no error", bad)
    except SyntaxError as e:
        print("SyntaxError", bad, e)

# default TreeBuilder drops comments and PIs; serialisation
print(ET.tostring(root[2], encoding="unicode"))
print(ET.tostring(root))
print(ET.tostring(root.find("l:magazine/l:title", NS), default_namespace="http://example.com/lib"))

# building trees
a = ET.Element("a", {"z": "1"}, y="2")
b = ET.SubElement(a, "b", x="q\"<&>\n\t")
b.text = "text & <stuff>"
b.tail = "tail"
c = ET.SubElement(a, "c")
ET.SubElement(c, "d").text = "deep"
c.append(ET.Comment(" hello "))
c.append(ET.PI("target", "data"))
a.insert(0, ET.Element("first"))
print(ET.tostring(a, encoding="unicode"))
print(ET.tostring(a, encoding="unicode", short_empty_elements=False))
print(ET.tostring(a, encoding="unicode", method="text"))
print(ET.tostring(a, method="html"))
print(ET.tostring(ET.fromstring("<p>é ☃</p>")))
print(ET.tostring(ET.fromstring("<p>é ☃</p>"), encoding="utf-8"))
print(ET.tostring(ET.fromstring("<p>é</p>"), encoding="iso-8859-1"))
print(ET.tostring(ET.fromstring("<p/>"), encoding="unicode", xml_declaration=True))
print(ET.tostring(ET.fromstring("<p/>"), xml_declaration=True))
print(ET.tostringlist(ET.fromstring("<p/>")))
print(len(a), [e.tag for e in a], a.keys(), sorted(a.items()), a.get("nope", 0))
a.set("w", "3")
del a[0]
print([e.tag for e in a], a[0].tag, [e.tag for e in a[0:2]])
a.remove(c)
print([e.tag for e in a])
try:
    a.remove(c)
except ValueError as e:
    print("ValueError", e)
try:
    a.append("str")
except TypeError as e:
    print("TypeError", e)
a.extend([ET.Element("e1"), ET.Element("e2")])
a[0] = ET.Element("replaced")
print([e.tag for e in a])
cp = copy.copy(a)
cp.append(ET.Element("only_in_copy"))
print(len(a), len(cp))
dc = copy.deepcopy(a)
dc[0].tag = "changed"
print(a[0].tag, dc[0].tag)
a.clear()
print(a.attrib, len(a), a.text)
print(ET.iselement(a), ET.iselement("x"))

# namespaces on output, QName, register_namespace
q = ET.QName("http://ns.example/", "tag")
print(q, q.text, q == "{http://ns.example/}tag")
e = ET.Element(q, {ET.QName("http://ns.example/", "attr"): "v"})
ET.SubElement(e, "{http://www.w3.org/2001/XMLSchema-instance}child")
ET.SubElement(e, "{http://other/}o")
print(ET.tostring(e, encoding="unicode"))
ET.register_namespace("ex", "http://ns.example/")
print(ET.tostring(e, encoding="unicode"))
try:
    ET.register_namespace("ns5", "http://x/")
except ValueError as exc:
    print("ValueError", exc)
try:
    ET.tostring(ET.Element("plain"), default_namespace="http://d/")
except ValueError as exc:
    print("ValueError", exc)
try:
    ET.tostring(ET.Element(12))
except TypeError as exc:
    print("TypeError", exc)

# indent
t = ET.fromstring("<r><a><b>x</b><c/></a><d>  </d><e/></r>")
ET.indent(t)
print(ET.tostring(t, encoding="unicode"))
ET.indent(t, space="\t", level=1)
print(ET.tostring(t, encoding="unicode"))
try:
    ET.indent(t, level=-1)
except ValueError as exc:
    print("ValueError", exc)

# ElementTree object, files
tree = ET.ElementTree(ET.fromstring("<doc><item n='1'>one</item><item n='2'>two</item></doc>"))
print(tree.getroot().tag, [i.text for i in tree.findall("item")], tree.findtext("item"))
print([e.tag for e in tree.iter()])
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "doc.xml")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "rb") as f:
        print(f.read())
    t2 = ET.parse(path)
    print(t2.getroot()[1].get("n"), t2.find("item").text)
    buf = io.BytesIO()
    tree.write(buf)
    print(buf.getvalue())
    sbuf = io.StringIO()
    tree.write(sbuf, encoding="unicode")
    print(sbuf.getvalue())
    # iterparse over a file
    with open(path, "w") as f:
        f.write("<root xmlns:p='urn:p'><p:a>1</p:a><b><c/></b><!--x--></root>")
    for event, elem in ET.iterparse(path, events=("start", "end", "start-ns", "end-ns")):
        if event in ("start-ns", "end-ns"):
            print(event, elem)
        else:
            print(event, elem.tag)
    it = ET.iterparse(io.BytesIO(b"<a><b>t</b></a>"))
    print([(ev, el.tag) for ev, el in it], it.root.tag)
finally:
    for n in os.listdir(tmp):
        os.remove(os.path.join(tmp, n))
    os.rmdir(tmp)

# pull parser with chunks and comments/PIs
p = ET.XMLPullParser(events=("start", "end", "comment", "pi"))
for chunk in ["<ro", "ot><!-- c", "mt --><?tg dt?><x>a&am", "p;b</x>", "</root>"]:
    p.feed(chunk)
    for ev, el in p.read_events():
        if ev in ("comment", "pi"):
            print(ev, repr(el.text))
        else:
            print(ev, el.tag, repr(el.text))
p.close()
try:
    ET.XMLPullParser(events=("bogus",))
except ValueError as exc:
    print("ValueError", exc)

# TreeBuilder keeping comments and PIs; custom targets
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed("<r><!--c--><?p q?><s/></r>")
r = parser.close()
print(ET.tostring(r, encoding="unicode"))

class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(("start", tag, sorted(attrib.items())))
    def end(self, tag):
        self.log.append(("end", tag))
    def data(self, data):
        self.log.append(("data", data))
    def comment(self, text):
        self.log.append(("comment", text))
    def close(self):
        return self.log
parser = ET.XMLParser(target=Target())
parser.feed("<a k='v'>x<!--y--><b/>z</a>")
log = parser.close()
merged = []
for item in log:
    if item[0] == "data" and merged and merged[-1][0] == "data":
        merged[-1] = ("data", merged[-1][1] + item[1])
    else:
        merged.append(item)
print(merged)

r, ids = ET.XMLID("<r><a id='one'/><b id='two'><c id='three'/></b></r>")
print(sorted(ids), ids["three"].tag)
print(ET.fromstringlist(["<a>", "b", "</a>"]).text)
print(ET.fromstring(b"\xef\xbb\xbf<a>bom</a>").text)
print(ET.fromstring("<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>".encode("latin-1")).text)
print(repr(ET.fromstring("<a>  <b/>\n</a>").text), ET.fromstring("<a><b/>t</a>")[0].tail)
print(sorted(ET.fromstring("<a xmlns:q='urn:q' q:k='1' k='2' xml:lang='en'/>").attrib.items()))

# errors
cases = ["", "abc", "<a>", "<a><b></a>", "<a></a><b/>", "<a x='1' x='2'/>", "<p:a/>",
 "<a>&foo;</a>", "<a>&#0;</a>", "<a b=1/>", "<a>\n  <b>\n</a>", "<a><!-- x -- y --></a>",
 " <?xml version='1.0'?><a/>", "<a", "<a>text", "<a>x</a>tail", "<a b='<'/>", "<1a/>",
 "<a>&amp</a>", "<a></b>", "<a>]]></a>", "<a x='&#x110000;'/>",
 "<?xml version='1.0'?>\n<a>\n<b c='d' e/>\n</a>", "<a>\x01</a>", "<a/>\n\n   junk",
 "<a><![CDATA[x", "<a><!-- x", "<a>&amp", "<a x='1"]
for c in cases:
    try:
        ET.fromstring(c)
        print(repr(c), "parsed")
    except ET.ParseError as e:
        print(repr(c), "|", e, "|", e.code, e.position, isinstance(e, SyntaxError))
