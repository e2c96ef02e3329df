import sys, re, html
from functools import reduce

N = int(sys.argv[1]) if len(sys.argv) > 1 else 150

TOKEN = re.compile(r"(\{\{.*?\}\}|\{%.*?%\})", re.S)

class TemplateError(Exception):
    pass

class Template:
    """A mako/jinja-like template compiled to a Python function."""
    def __init__(self, source, filters=None):
        self.filters = {"upper": str.upper, "e": html.escape, "title": str.title,
                        "len": len, "trim": str.strip}
        self.filters.update(filters or {})
        code = ["def _render(ctx, _f, _esc):", "    out = []", "    _w = out.append"]
        indent = 1
        stack = []
        for tok in TOKEN.split(source):
            if not tok:
                continue
            if tok.startswith("{{"):
                expr = tok[2:-2].strip()
                parts = [p.strip() for p in expr.split("|")]
                py = self._expr(parts[0])
                for flt in parts[1:]:
                    py = "_f[%r](%s)" % (flt, py)
                code.append("    " * indent + "_w(_esc(str(%s)))" % py if len(parts) == 1 else
                            "    " * indent + "_w(str(%s))" % py)
            elif tok.startswith("{%"):
                words = tok[2:-2].split()
                kw = words[0]
                if kw == "for":
                    code.append("    " * indent + "for %s in %s:" % (words[1], self._expr(" ".join(words[3:]))))
                    code.append("    " * (indent + 1) + "ctx[%r] = %s" % (words[1], words[1]))
                    stack.append("for")
                    indent += 1
                elif kw == "if":
                    code.append("    " * indent + "if %s:" % self._expr(" ".join(words[1:])))
                    stack.append("if")
                    indent += 1
                elif kw == "else":
                    if not stack or stack[-1] != "if":
                        raise TemplateError("else outside if")
                    code.append("    " * (indent - 1) + "else:")
                elif kw in ("endfor", "endif"):
                    if not stack or stack.pop() != kw[3:]:
                        raise TemplateError("unbalanced %s" % kw)
                    indent -= 1
                else:
                    raise TemplateError("unknown tag %r" % kw)
            else:
                code.append("    " * indent + "_w(%r)" % tok)
        if stack:
            raise TemplateError("unclosed %s" % stack[-1])
        code.append("    return ''.join(out)")
        ns = {}
        exec("\n".join(code), ns)
        self._fn = ns["_render"]
        self.code = code

    @staticmethod
    def _expr(e):
        return re.sub(r"(?<![.\w])([A-Za-z_]\w*)\b(?!\s*\()", lambda m: m.group(1) if m.group(1) in
                      ("and", "or", "not", "in", "is", "None", "True", "False", "loop") else "ctx[%r]" % m.group(1), e)

    def render(self, **ctx):
        return self._fn(dict(ctx), self.filters, html.escape)

PAGE = """<html><head><title>{{ title | upper }}</title></head>
<body>
{% for row in rows %}<tr class="{% if row.odd %}odd{% else %}even{% endif %}">
  <td>{{ row.name }}</td><td>{{ row.score }}</td><td>{{ row.note | trim | title }}</td>
</tr>
{% endfor %}{% if footer %}<footer>{{ footer }}</footer>{% endif %}
</body></html>"""

class Row:
    def __init__(self, i):
        self.name = "<User %d & co>" % i
        self.score = round(i * 1.7, 2)
        self.note = "  note for item %d  " % i
        self.odd = i % 2 == 1

def main():
    t = Template(PAGE)
    print("\n".join(t.code[:12]))
    rows = [Row(i) for i in range(N)]
    total = 0
    for k in range(40):
        out = t.render(title="report %d" % k, rows=rows[:N - k], footer="end" if k % 2 else "")
        total += len(out)
    print(total)
    print(out[:400])
    print(out[-120:])
    for bad in ["{% for x in y %}", "{% endif %}", "{% bogus %}", "{% else %}"]:
        try:
            Template(bad)
        except TemplateError as e:
            print("TemplateError:", e)
    t2 = Template("{% for w in words %}{{ w | len }},{% endfor %}")
    print(t2.render(words="a bb ccc dddd".split()))
    print(reduce(lambda a, b: a + len(b), ["{{x}}", "y"], 0))

main()
