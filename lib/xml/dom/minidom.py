"""A small DOM (coil's own minidom): parse/parseString build a Document
with Element, Text, CDATASection, Comment and ProcessingInstruction nodes;
toxml/toprettyxml/writexml serialise it the way CPython 3.11's minidom does."""

import io
import xml.dom
from xml.dom import (Node, EMPTY_NAMESPACE, XML_NAMESPACE, XMLNS_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr)

__all__ = ["parse", "parseString", "getDOMImplementation", "Document",
           "Element", "Text", "Comment", "CDATASection",
           "ProcessingInstruction", "Attr", "NodeList", "NamedNodeMap"]


class NodeList(list):
    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


def _write_data(writer, data):
    if data:
        writer.write(data.replace("&", "&amp;").replace("<", "&lt;")
                     .replace("\"", "&quot;").replace(">", "&gt;"))


class _Node(Node):
    parentNode = None
    ownerDocument = None
    nodeValue = None
    namespaceURI = EMPTY_NAMESPACE
    prefix = EMPTY_NAMESPACE
    localName = None
    attributes = None

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        kids = getattr(self, "childNodes", None)
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = getattr(self, "childNodes", None)
        return kids[-1] if kids else None

    def _sibling(self, step):
        parent = self.parentNode
        if parent is None:
            return None
        kids = parent.childNodes
        for i, k in enumerate(kids):
            if k is self:
                j = i + step
                return kids[j] if 0 <= j < len(kids) else None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return bool(getattr(self, "childNodes", None))

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None,
                    standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding,
                                      errors="xmlcharrefreplace",
                                      newline='\n')
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        writer.flush()
        return writer.detach().getvalue()

    def _check_child(self, node):
        allowed = getattr(self, "_child_types", ())
        if node.nodeType not in allowed:
            raise HierarchyRequestErr("%s cannot be child of %s"
                                      % (repr(node), repr(self)))

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        self._check_child(newChild)
        for i, k in enumerate(self.childNodes):
            if k is refChild:
                break
        else:
            raise NotFoundErr()
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        i = [j for j, k in enumerate(self.childNodes) if k is refChild][0]
        self.childNodes.insert(i, newChild)
        newChild.parentNode = self
        return newChild

    def removeChild(self, oldChild):
        for i, k in enumerate(self.childNodes):
            if k is oldChild:
                del self.childNodes[i]
                oldChild.parentNode = None
                return oldChild
        raise NotFoundErr()

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        self._check_child(newChild)
        for i, k in enumerate(self.childNodes):
            if k is oldChild:
                break
        else:
            raise NotFoundErr()
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        i = [j for j, k in enumerate(self.childNodes) if k is oldChild][0]
        self.childNodes[i] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        kids = NodeList()
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kids and kids[-1].nodeType == Node.TEXT_NODE:
                    kids[-1].data += child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kids.append(child)
        self.childNodes[:] = kids

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in getattr(self, "childNodes", ()):
            child.unlink()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

    def _walk_elements(self, match, out):
        for child in self.childNodes:
            if child.nodeType == Node.ELEMENT_NODE:
                if match(child):
                    out.append(child)
                child._walk_elements(match, out)
        return out

    def getElementsByTagName(self, name):
        return self._walk_elements(
            lambda e: name == "*" or e.tagName == name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return self._walk_elements(
            lambda e: (namespaceURI == "*" or e.namespaceURI == namespaceURI)
            and (localName == "*" or e.localName == localName), NodeList())


class Attr(_Node):
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        if localName is None:
            localName = qName.split(":", 1)[-1]
        self.localName = localName
        self.prefix = prefix
        self.value = ""
        self.ownerElement = None
        self.childNodes = NodeList()

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    specified = True

    def __repr__(self):
        return "<DOM Attr %s at %#x>" % (self.name, id(self))


class NamedNodeMap:
    """The attributes of an element, in insertion order."""

    def __init__(self, owner):
        self._owner = owner

    @property
    def _attrs(self):
        return self._owner._attrs

    def __len__(self):
        return len(self._attrs)

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(a.name, a.value) for a in self._attrs.values()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value)
                for a in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        if isinstance(name, tuple):
            for a in self._attrs.values():
                if (a.namespaceURI, a.localName) == name:
                    return a
            raise KeyError(name)
        return self._attrs[name]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._owner.setAttribute(name, value)
        else:
            self._owner.setAttributeNode(value)

    def __delitem__(self, name):
        self._owner.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def __iter__(self):
        return iter(self._attrs)


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.TEXT_NODE,
                    Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.localName = localName if localName is not None else \
            tagName.split(":", 1)[-1]
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, attname):
        a = self._attrs.get(attname)
        return a.value if a is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a.value
        return ""

    def setAttribute(self, attname, value):
        a = self._attrs.get(attname)
        if a is None:
            a = Attr(attname)
            a.ownerDocument = self.ownerDocument
            a.ownerElement = self
            self._attrs[attname] = a
        a.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName \
            else None
        a = Attr(qualifiedName, namespaceURI, None, prefix)
        a.value = value
        a.ownerElement = self
        a.ownerDocument = self.ownerDocument
        self._attrs[qualifiedName] = a

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        attr.ownerElement = self
        self._attrs[attr.name] = attr
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise NotFoundErr()

    def removeAttributeNode(self, node):
        for k, a in list(self._attrs.items()):
            if a is node:
                del self._attrs[k]
                return node
        raise NotFoundErr()

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return any(a.namespaceURI == namespaceURI and a.localName == localName
                   for a in self._attrs.values())

    def hasAttributes(self):
        return bool(self._attrs)

    def cloneNode(self, deep):
        e = Element(self.tagName, self.namespaceURI, self.prefix,
                    self.localName)
        e.ownerDocument = self.ownerDocument
        for name, a in self._attrs.items():
            c = Attr(a.name, a.namespaceURI, a.localName, a.prefix)
            c.value = a.value
            c.ownerElement = e
            e._attrs[name] = c
        if deep:
            for child in self.childNodes:
                e.appendChild(child.cloneNode(True))
        return e

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, a in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, a.value)
            writer.write('"')
        if self.childNodes:
            writer.write(">")
            kids = self.childNodes
            if len(kids) == 1 and kids[0].nodeType in (
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                kids[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in kids:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


class _CharacterData(_Node):
    childNodes = NodeList()

    def __init__(self, data=""):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[0:10],
                                        dots)

    def appendData(self, arg):
        self.data += arg

    def substringData(self, offset, count):
        return self.data[offset:offset + count]

    def cloneNode(self, deep):
        n = type(self)(self.data)
        n.ownerDocument = self.ownerDocument
        return n


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        parts = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE,
                                               Node.CDATA_SECTION_NODE):
            parts.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE,
                                               Node.CDATA_SECTION_NODE):
            parts.append(n.data)
            n = n.nextSibling
        return "".join(parts)


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE
    childNodes = NodeList()

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def __repr__(self):
        return "<DOM ProcessingInstruction node %r at %#x>" % (self.target,
                                                               id(self))

    def cloneNode(self, deep):
        return ProcessingInstruction(self.target, self.data)

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentType(_Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    childNodes = NodeList()

    def __init__(self, name, publicId=None, systemId=None,
                 internalSubset=None):
        self.name = self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId
        self.internalSubset = internalSubset

    def cloneNode(self, deep):
        return DocumentType(self.name, self.publicId, self.systemId,
                            self.internalSubset)

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'"
                         % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_types = Element._child_types

    def __init__(self):
        self.childNodes = NodeList()


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)
    doctype = None

    def __init__(self):
        self.childNodes = NodeList()

    def __repr__(self):
        return "<xml.dom.minidom.Document object at %#x>" % id(self)

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and \
                self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return _Node.appendChild(self, node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName \
            else None
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementById(self, elementId):
        for e in self.getElementsByTagName("*"):
            if e.getAttribute("id") == elementId:
                return e
        return None

    def cloneNode(self, deep):
        d = Document()
        if deep:
            for child in self.childNodes:
                d.appendChild(child.cloneNode(True))
        return d

    def writexml(self, writer, indent="", addindent="", newl="",
                 encoding=None, standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(decl), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
            doc.doctype = doctype
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)


def getDOMImplementation(features=None):
    return DOMImplementation()


class _Builder:
    """XMLParser target building a Document."""

    def __init__(self):
        self.doc = Document()
        self.stack = [self.doc]
        self.scopes = [{"xml": XML_NAMESPACE}]

    def _add(self, node):
        node.ownerDocument = self.doc
        parent = self.stack[-1]
        parent.childNodes.append(node)
        node.parentNode = parent
        return node

    def start(self, tag, attrs):
        scope = self.scopes[-1]
        decls = {k: v for k, v in attrs.items()
                 if k == "xmlns" or k.startswith("xmlns:")}
        if decls:
            scope = dict(scope)
            for k, v in decls.items():
                scope["" if k == "xmlns" else k[6:]] = v or None
        self.scopes.append(scope)
        if ":" in tag:
            prefix, local = tag.split(":", 1)
            uri = scope.get(prefix)
        else:
            prefix, local, uri = None, tag, scope.get("")
        e = Element(tag, uri, prefix, local)
        for k, v in attrs.items():
            if k == "xmlns" or k.startswith("xmlns:"):
                a = Attr(k, XMLNS_NAMESPACE, k[6:] if ":" in k else "xmlns",
                         "xmlns" if ":" in k else None)
            elif ":" in k:
                p, l = k.split(":", 1)
                a = Attr(k, scope.get(p), l, p)
            else:
                a = Attr(k)
            a.value = v
            a.ownerElement = e
            a.ownerDocument = self.doc
            e._attrs[k] = a
        self._add(e)
        self.stack.append(e)

    def end(self, tag):
        self.stack.pop()
        self.scopes.pop()

    def data(self, data):
        parent = self.stack[-1]
        kids = parent.childNodes
        if kids and type(kids[-1]) is Text:
            kids[-1].data += data
        else:
            self._add(Text(data))

    def _cdata(self, data):
        self._add(CDATASection(data))

    def comment(self, text):
        self._add(Comment(text))

    def pi(self, target, data):
        self._add(ProcessingInstruction(target, data))

    def close(self):
        return self.doc


def _parse_text(feed_all):
    from xml.etree.ElementTree import XMLParser
    builder = _Builder()
    parser = XMLParser(target=builder)
    parser._raw_names = True
    try:
        feed_all(parser)
        return parser.close()
    except SyntaxError as exc:
        from xml.parsers.expat import ExpatError
        err = ExpatError(str(exc))
        err.code = getattr(exc, "code", None)
        err.lineno, err.offset = getattr(exc, "position", (None, None))
        raise err from None


def parseString(string, parser=None):
    return _parse_text(lambda p: p.feed(string))


def parse(file, parser=None, bufsize=None):
    def feed_all(p):
        if hasattr(file, "read"):
            f, close = file, False
        else:
            f, close = open(file, "rb"), True
        try:
            while True:
                chunk = f.read(65536)
                if not chunk:
                    break
                p.feed(chunk)
        finally:
            if close:
                f.close()
    return _parse_text(feed_all)
