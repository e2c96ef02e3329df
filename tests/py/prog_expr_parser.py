# expression evaluator (recursive descent)
import re
TOK = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(s):
    out = []
    for num, op in TOK.findall(s):
        if num: out.append(("num", float(num) if "." in num else int(num)))
        elif op.strip(): out.append(("op", op))
    out.append(("end", None)); return out
class Parser:
    def __init__(self, s): self.t = tokenize(s); self.i = 0
    def peek(self): return self.t[self.i]
    def take(self): tok = self.t[self.i]; self.i += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]; r = self.term(); v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]; r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        k, v = self.take()
        if k == "num": base = v
        elif v == "-": return -self.factor()
        elif v == "(":
            base = self.expr()
            if self.take() != ("op", ")"): raise SyntaxError("expected )")
        else: raise SyntaxError(f"unexpected {v!r}")
        if self.peek() == ("op", "^"): self.take(); return base ** self.factor()
        return base
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 * 2.5", "((2))", "1 / 0", "3 + ", "2 * (3"]:
    try: print(f"{e!r:>14} = {Parser(e).expr()}")
    except ZeroDivisionError as z: print(f"{e!r:>14} ! {type(z).__name__}: {z}")
    except SyntaxError as s: print(f"{e!r:>14} ! SyntaxError: {s}")
