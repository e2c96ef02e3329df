import json
class Parser:
    def __init__(self, text): self.text = text; self.pos = 0
    def parse(self):
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.next(); r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.atom()
        while self.peek() in ("*", "/"):
            op = self.next(); r = self.atom()
            v = v * r if op == "*" else v / r
        return v
    def atom(self):
        c = self.next()
        if c == "(":
            v = self.expr(); self.expect(")"); return v
        if c.isdigit(): return int(c)
        raise SyntaxError(f"unexpected {c!r} at {self.pos}")
    def peek(self): return self.text[self.pos] if self.pos < len(self.text) else None
    def next(self): c = self.peek(); self.pos += 1; return c
    def expect(self, c):
        if self.next() != c: raise SyntaxError(f"expected {c!r}")
for s in ["1+2*3", "(1+2)*3", "8/(3-1)", "2*(3+4)*5-1"]:
    print(s, "=", Parser(s).parse())
data = {"users": [{"name": "a", "roles": ["x"]}, {"name": "b"}]}
for u in data["users"]:
    print(u["name"], len(u["roles"]))
