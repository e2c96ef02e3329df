# html: escape / unescape (named, numeric, legacy and invalid references),
# html.entities tables.
import html
import html.entities

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
samples = ["&lt;p&gt;", "&amp;amp;", "&quot;&apos;", "&#62;&#x3E;&#X3e;", "&#0;&#13;&#128;&#150;&#159;",
           "&#xD800;&#1114112;&#x110000;", "&#1;&#11;&#x7f;&#xfffe;&#x10ffff;", "&copy 2024",
           "&notit; &notin; &not", "&amp", "&unknown;", "&;", "& x", "&#;", "&#x;", "&#65",
           "&Aacute;&aacute;&eacute", "&NotEqualTilde;", "&acE;", "no refs", "&lt&gt&amp",
           "&#x1F600;", "a&b&c", "&AMP;", "&ThickSpace;"]
for s in samples:
    print(repr(s), "->", ascii(html.unescape(s)))
E = html.entities
print(len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))
print(E.name2codepoint["eacute"], E.codepoint2name[233], ascii(E.entitydefs["nbsp"]), ascii(E.html5["gt;"]))
print(ascii(E.html5["NotEqualTilde;"]), "amp" in E.html5, "amp;" in E.html5, "ampx" in E.html5)
print(list(E.html5)[:5], list(E.name2codepoint)[:5])
