import sys, html
import xml.etree.ElementTree as ET

N = int(sys.argv[1]) if len(sys.argv) > 1 else 400

def build(n):
    root = ET.Element("catalog", {"version": "1.0"})
    for i in range(n):
        book = ET.SubElement(root, "book", id="bk%03d" % i, lang=["en", "fr", "de"][i % 3])
        ET.SubElement(book, "title").text = "Title <%d> & more" % i
        ET.SubElement(book, "author").text = ["Knuth", "Dijkstra", "Hopper", "Lovelace"][i % 4]
        price = ET.SubElement(book, "price", currency="EUR")
        price.text = "%.2f" % (10 + (i * 7.3) % 90)
        tags = ET.SubElement(book, "tags")
        for j in range(i % 4):
            t = ET.SubElement(tags, "tag")
            t.text = "tag%d" % j
            t.tail = "\n"
        if i % 5 == 0:
            book.append(ET.Comment(" special %d " % i))
    return root

def main():
    root = build(N)
    data = ET.tostring(root, encoding="unicode")
    print(len(data), data[:300])
    tree = ET.fromstring(data)
    print(tree.tag, tree.attrib, len(tree))
    total = 0.0
    for b in tree.iterfind("book"):
        total += float(b.find("price").text)
    print("%.2f" % total)
    print([b.get("id") for b in tree.findall(".//book[@lang='fr']")][:5])
    print(len(tree.findall(".//tag")), len(list(tree.iter("tag"))))
    authors = {}
    for a in tree.iter("author"):
        authors[a.text] = authors.get(a.text, 0) + 1
    print(sorted(authors.items()))
    print(tree.findtext("book/title"), tree.find("book[2]").get("id"))
    first = tree[0]
    first.set("seen", "yes")
    first.remove(first.find("tags"))
    print(ET.tostring(first, encoding="unicode"))
    print([e.tag for e in tree[1]], [(k, v) for k, v in sorted(tree[1].items())])
    s = ET.tostring(tree[3], encoding="utf-8")
    print(type(s).__name__, s[:60])
    t2 = ET.ElementTree(ET.fromstring("<a><b x='1'>hi<c/>tail</b><b/></a>"))
    print([(e.tag, e.text, e.tail) for e in t2.iter()])
    print("".join(t2.getroot().itertext()))
    esc = 0
    for i in range(N * 5):
        s = "<p class=\"x%d\">Tom & Jerry's 'show' %d</p>" % (i, i)
        e = html.escape(s)
        esc += len(e)
        assert html.unescape(e) == s
    print(esc, html.escape("<&>\"'", quote=False))
    print(html.unescape("&lt;&amp;&gt;&quot;&#39;&eacute;&#x263A;&copy;&nbsp;|&notanentity;&amp"))
    p = ET.XMLParser()
    p.feed("<r><x>1</x>")
    p.feed("<x>2</x></r>")
    r = p.close()
    print([x.text for x in r])
    for ev, el in ET.iterparse(__import__("io").StringIO("<a><b>1</b><b>2</b></a>"), events=("start", "end")):
        print(ev, el.tag, end="; ")
    print()

main()
