# html.parser: HTMLParser callbacks for tags, attributes, data, comments,
# declarations, processing instructions, entity and character references,
# script/style content, incremental feeding and getpos().
from html.parser import HTMLParser


class Logger(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


DOC = """<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; title</title>
<meta charset=utf-8>
<style>p > a { color: red; }</style>
<script type="text/javascript">if (a < b && c) { x = "</div>"; }</script>
</head>
<body class='main page' id=top data-x="1 &lt; 2" hidden>
<!-- a comment -- with dashes -->
<p>Hello, <b>world</b>!&nbsp;&copy; 2024 &#169; &#xA9; &unknown; AT&T</p>
<br/><img src="a.png" alt="A"/>
<?xml-stylesheet href="s.css"?>
<![CDATA[raw <stuff>]]>
<UL><LI>One<LI>Two</UL>
<a href="x?a=1&amp;b=2">link</a>
</body>
</html>
"""

for convert in (True, False):
    p = Logger(convert_charrefs=convert)
    p.feed(DOC)
    p.close()
    print("convert_charrefs =", convert)
    for ev in p.events:
        print(" ", ev)

# Feeding in pieces gives the same events (data may be split).
p = Logger()
for i in range(0, len(DOC), 7):
    p.feed(DOC[i:i + 7])
p.close()
tags = [e for e in p.events if e[0] != "data"]
whole = Logger()
whole.feed(DOC)
whole.close()
print([e[:3] for e in tags] == [e[:3] for e in whole.events if e[0] != "data"])
print("".join(e[1] for e in p.events if e[0] == "data") ==
      "".join(e[1] for e in whole.events if e[0] == "data"))


# A link extractor, the usual use.
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        self.text.append(data.strip())


lp = Links()
lp.feed('<div><a href="/one">1</a> <A HREF=/two>2</A><a>none</a></div>')
lp.close()
print(lp.links, [t for t in lp.text if t])

# Odd input stays tolerant.
p = Logger()
p.feed("a < b and c <d e='1' f>x</d> </> <!bogus> <!-- unclosed")
p.close()
for ev in p.events:
    print(" ", ev)
p = Logger()
p.feed("<p>trailing &amp")
p.close()
print(p.events)
p = Logger()
p.feed("text & more &#bad; &#65")
p.close()
print(p.events)
p = Logger()
p.feed("<div\nclass='a'\n>\n<span>x</span></div>")
print(p.events)
p.reset()
p.feed("<i>")
print(p.events[-1], p.getpos())
