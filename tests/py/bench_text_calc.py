import sys, re, operator
from typing import NamedTuple, Union, List

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1500

class Tok(NamedTuple):
    kind: str
    text: str
    pos: int

SPEC = [("NUM", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"), ("NAME", r"[A-Za-z_]\w*"),
        ("OP", r"\*\*|//|[-+*/%(),=<>]"), ("WS", r"[ \t]+"), ("ERR", r".")]
TOKRE = re.compile("|".join("(?P<%s>%s)" % p for p in SPEC))

def tokenize(src: str) -> List[Tok]:
    out = []
    for m in TOKRE.finditer(src):
        k = m.lastgroup
        if k == "WS":
            continue
        if k == "ERR":
            raise SyntaxError("bad char %r at %d" % (m.group(), m.start()))
        out.append(Tok(k, m.group(), m.start()))
    out.append(Tok("EOF", "", len(src)))
    return out

BIN = {"+": (10, operator.add), "-": (10, operator.sub), "*": (20, operator.mul),
       "/": (20, operator.truediv), "//": (20, operator.floordiv), "%": (20, operator.mod),
       "**": (30, operator.pow), "<": (5, operator.lt), ">": (5, operator.gt)}
FUNCS = {"max": max, "min": min, "abs": abs, "round": round}

class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise SyntaxError("expected %r got %r" % (text, t.text))
        return t
    def expr(self, minp=0):
        left = self.unary()
        while True:
            t = self.peek()
            if t.kind != "OP" or t.text not in BIN:
                return left
            p, fn = BIN[t.text]
            if p < minp:
                return left
            self.next()
            right = self.expr(p if t.text == "**" else p + 1)
            left = ("bin", t.text, left, right)
    def unary(self):
        t = self.peek()
        if t.text == "-":
            self.next()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        t = self.next()
        if t.kind == "NUM":
            return ("num", float(t.text) if ("." in t.text or "e" in t.text.lower()) else int(t.text))
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = [self.expr()]
                while self.peek().text == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                return ("call", t.text, args)
            return ("var", t.text)
        if t.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise SyntaxError("unexpected %r at %d" % (t.text, t.pos))

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "bin":
        return BIN[node[1]][1](evaluate(node[2], env), evaluate(node[3], env))
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    raise ValueError(kind)

def show(node):
    k = node[0]
    if k == "num":
        return repr(node[1])
    if k == "var":
        return node[1]
    if k == "neg":
        return "(-%s)" % show(node[1])
    if k == "bin":
        return "(%s %s %s)" % (show(node[2]), node[1], show(node[3]))
    return "%s(%s)" % (node[1], ", ".join(map(show, node[2])))

def main():
    env = {"x": 3, "y": 4.5, "pi": 3.14159, "n": 10}
    srcs = ["1 + 2 * 3", "-(x + y) ** 2 / 7", "max(x, y, n) // 3 + n % 4", "2 ** 3 ** 2",
            "round(pi * x ** 2, 3) - abs(-y)", "1.5e3 / (n - 7) + min(1, 2)", "x < y", "((((n))))*2-x*-y"]
    results = []
    total = 0.0
    for i in range(N):
        src = srcs[i % len(srcs)] + " + %d" % (i % 13)
        ast = Parser(tokenize(src)).expr()
        env["x"] = i % 7
        v = evaluate(ast, env)
        total += float(v)
        if i < len(srcs):
            results.append("%-40s => %-40s = %r" % (src, show(ast), v))
    print("\n".join(results))
    print("%.6f" % total)
    for bad in ["1 + $", "(1 + 2", "max(1,"]:
        try:
            Parser(tokenize(bad)).expr()
        except SyntaxError as e:
            print("error:", e)
    print(Tok("NUM", "1", 0), Tok._fields, Tok("A", "b", 2)._replace(pos=5))

main()
