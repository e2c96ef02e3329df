# xml.dom.minidom: parseString/parse, node navigation, building documents,
# toxml/toprettyxml byte-for-byte as CPython 3.11 writes them.
import io
from xml.dom import minidom, Node
import xml.dom

SRC = ('<?xml version="1.0"?><!--top--><a xmlns:p="urn:p" x="1">'
       '<![CDATA[c<d]]>t&amp;u<p:b y="&quot;"/><?pi data?>\n<c>  </c></a>')
d = minidom.parseString(SRC)
print(d.toxml())
print(d.toprettyxml(indent="  "))
print(d.toxml("utf-8"))
print(d.toxml(standalone=True))
root = d.documentElement
print(root.tagName, root.nodeName, root.nodeType, root.getAttribute("x"), repr(root.getAttribute("zz")))
print([n.nodeType for n in root.childNodes], [n.nodeName for n in root.childNodes])
print(repr(root.firstChild.data), root.firstChild.nodeValue, root.childNodes[1])
b = root.getElementsByTagName("p:b")[0]
print(b.tagName, b.prefix, b.localName, b.namespaceURI, b.getAttribute("y"))
print(b.parentNode.tagName, b.previousSibling.data, b.nextSibling.target, b.nextSibling.data)
print(d.firstChild.nodeType, d.firstChild.data, d.childNodes.length)
print(root.attributes.length, sorted(root.attributes.keys()), root.attributes["x"].value)
print(root.attributes.items())
print(root.hasAttribute("x"), root.hasAttribute("q"), root.hasChildNodes(), b.hasChildNodes())
print(len(root.getElementsByTagName("*")), root.getElementsByTagNameNS("urn:p", "b")[0].tagName)

doc = minidom.parseString("<r>\n  <item id='1'>one</item>\n  <item id='2'>two &lt;2&gt;</item>\n</r>")
for item in doc.getElementsByTagName("item"):
    print(item.getAttribute("id"), item.firstChild.data, item.firstChild)
print(doc.toprettyxml())
print(doc.documentElement.toxml())

# building
impl = minidom.getDOMImplementation()
nd = impl.createDocument(None, "root", None)
top = nd.documentElement
top.setAttribute("version", "1.0")
top.setAttribute("q", 'a"b<c>&')
child = nd.createElement("child")
child.appendChild(nd.createTextNode("hello & bye"))
top.appendChild(child)
top.appendChild(nd.createComment(" note "))
top.appendChild(nd.createProcessingInstruction("app", "go"))
empty = top.appendChild(nd.createElement("empty"))
cd = nd.createCDATASection("raw <stuff>")
top.insertBefore(cd, child)
print(nd.toxml())
print(nd.toprettyxml(indent="  ", newl="\n"))
print(nd.toprettyxml(encoding="utf-8"))
top.removeChild(empty)
top.replaceChild(nd.createElement("swapped"), child)
print(top.toxml())
top.removeAttribute("q")
print(top.toxml())
try:
    top.removeAttribute("q")
except xml.dom.NotFoundErr:
    print("NotFoundErr")
try:
    top.removeChild(child)
except xml.dom.NotFoundErr:
    print("NotFoundErr")
try:
    nd.appendChild(nd.createElement("second"))
except xml.dom.HierarchyRequestErr as e:
    print("HierarchyRequestErr", e)
try:
    nd.createTextNode(5)
except TypeError as e:
    print("TypeError", e)
bad = nd.createComment("a -- b")
try:
    bad.toxml()
except ValueError as e:
    print("ValueError", e)

p = nd.createElement("p")
p.appendChild(nd.createTextNode("a"))
p.appendChild(nd.createTextNode(""))
p.appendChild(nd.createTextNode("b"))
print(len(p.childNodes), p.childNodes[0].wholeText)
p.normalize()
print(len(p.childNodes), p.firstChild.data)
c2 = p.cloneNode(True)
c2.firstChild.data = "changed"
print(p.toxml(), c2.toxml(), p.cloneNode(False).toxml())
print(Node.ELEMENT_NODE, Node.TEXT_NODE, Node.COMMENT_NODE, Node.DOCUMENT_NODE)
print(minidom.parse(io.BytesIO(b"<x><y>1</y></x>")).documentElement.firstChild.firstChild.data)
long = minidom.parseString("<a>0123456789abcdef</a>").documentElement.firstChild
print(long, long.length)
from xml.parsers.expat import ExpatError
try:
    minidom.parseString("<a><b></a>")
except ExpatError as e:
    print("ExpatError", e)
    print(e.code, e.lineno, e.offset)
