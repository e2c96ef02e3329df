# ElementTree's parser: the common-case scanner (text runs with predefined
# entity references, start/end tags with plain attributes) against the
# general one (namespaces, references in attributes, \r, CDATA, comments),
# fed whole and split at every position; lazy find() with index predicates.
import xml.etree.ElementTree as ET

DOCS = [
    "<a><b x='1' y=\"2\">t &amp; &lt;u&gt; &quot;q&apos;</b><c/><d>tail</d>more</a>",
    "<r xmlns='urn:d' xmlns:p='urn:p'><p:x a='1' p:b='2'>v</p:x><y/></r>",
    "<r><s xmlns:q='urn:q'><q:t/>x</s><u z='a&amp;b' w='l1\nl2'>&#65;&#x42;</u></r>",
    "<r>\r\n<a>x\ry</a><![CDATA[<raw> & ]]><!-- c --><?pi data?><e  k = 'v' ></e ></r>",
    "<r><a>1</a><a>2</a><b>3</b><a>4</a></r>",
]


def dump(e, depth=0):
    out = ["%s%s %s %r %r" % ("  " * depth, e.tag if isinstance(e.tag, str) else "<f>",
                              sorted(e.attrib.items()), e.text, e.tail)]
    for c in e:
        out.extend(dump(c, depth + 1))
    return out


def builder_parser():
    return ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))


for doc in DOCS:
    print("\n".join(dump(ET.fromstring(doc))))
    p = builder_parser()
    p.feed(doc)
    whole = dump(p.close())
    for cut in range(1, len(doc)):
        for cut2 in (cut + 1, cut + 3, cut + 7):
            p = builder_parser()
            p.feed(doc[:cut])
            p.feed(doc[cut:cut2])
            p.feed(doc[cut2:])
            got = dump(p.close())
            if got != whole:
                print("split mismatch at", cut, cut2, got)
    evs = []
    for ev, el in ET.iterparse(__import__("io").StringIO(doc), events=("start", "end", "start-ns", "end-ns")):
        evs.append((ev, el if ev.endswith("-ns") else el.tag))
    print(evs)

for bad in ["<a><b></a>", "<a>x &bogus; y</a>", "<a b='1' b='2'/>", "<a>]]></a>", "<a>\x01</a>",
            "<a><b x=1/></a>", "<a></a><b/>", "<p:a/>"]:
    try:
        ET.fromstring(bad)
        print("parsed", bad)
    except ET.ParseError as e:
        print(repr(bad), e, e.position)

root = ET.Element("r")
for i in range(3000):
    ET.SubElement(root, "book" if i % 3 else "mag", n=str(i))
print(root.find("book[2]").get("n"), root.find("mag[last()]").get("n"), root.find("book[last()-1]").get("n"))
print([e.get("n") for e in root.findall("*[3]")], root.find("book[5000]"))
print(root.findtext("book"), root.find("./book[@n='7']").get("n"), root.find("book/..") is root)
print(len(root.findall(".//book[@n]")), next(root.iterfind("mag")).get("n"))
nested = ET.fromstring("<a><b><c>1</c><c>2</c></b><b><c>3</c></b></a>")
print([c.text for c in nested.findall("b/c[1]")], [c.text for c in nested.findall(".//c[2]")],
      [b.tag for b in nested.findall("b[c='3']")], nested.findtext("b/c[2]"))
