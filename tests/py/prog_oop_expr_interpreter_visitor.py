import re
from dataclasses import dataclass
from typing import Union
class Node:
    def accept(self, v): return getattr(v, "visit_" + type(self).__name__)(self)
@dataclass
class Num(Node): value: float
@dataclass
class Var(Node): name: str
@dataclass
class BinOp(Node): op: str; left: Node; right: Node
@dataclass
class Assign(Node): name: str; expr: Node
@dataclass
class Call(Node): fn: str; args: list
TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<id>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=,^%]))")
class ParseError(Exception): pass
class Parser:
    def __init__(self, src):
        self.toks = []; pos = 0; src = src.rstrip()
        while pos < len(src):
            m = TOKEN.match(src, pos)
            if not m: raise ParseError(f"bad char {src[pos]!r} at {pos}")
            kind = m.lastgroup; self.toks.append((kind, m.group(kind))); pos = m.end()
        self.i = 0
    def peek(self): return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self, val=None):
        t = self.peek()
        if val is not None and t[1] != val: raise ParseError(f"expected {val!r}, got {t[1]!r}")
        self.i += 1; return t
    def statement(self):
        if len(self.toks) > 1 and self.toks[1] == ("op", "=") and self.toks[0][0] == "id":
            name = self.take()[1]; self.take("="); return Assign(name, self.expr())
        return self.expr()
    def expr(self):
        n = self.term()
        while self.peek()[1] in ("+", "-"): op = self.take()[1]; n = BinOp(op, n, self.term())
        return n
    def term(self):
        n = self.factor()
        while self.peek()[1] in ("*", "/", "%"): op = self.take()[1]; n = BinOp(op, n, self.factor())
        return n
    def factor(self):
        b = self.unary()
        if self.peek()[1] == "**": self.take(); return BinOp("**", b, self.factor())
        return b
    def unary(self):
        if self.peek()[1] == "-": self.take(); return BinOp("-", Num(0), self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num": return Num(float(val))
        if kind == "id":
            if self.peek()[1] == "(":
                self.take("("); args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",": self.take()
                self.take(")"); return Call(val, args)
            return Var(val)
        if val == "(": e = self.expr(); self.take(")"); return e
        raise ParseError(f"unexpected {val!r}")
import math, operator
class Evaluator:
    OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "**": operator.pow}
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
    def __init__(self): self.env = {"pi": math.pi}
    def visit_Num(self, n): return n.value
    def visit_Var(self, n):
        try: return self.env[n.name]
        except KeyError: raise NameError(f"undefined variable {n.name!r}") from None
    def visit_BinOp(self, n): return self.OPS[n.op](n.left.accept(self), n.right.accept(self))
    def visit_Assign(self, n): v = self.env[n.name] = n.expr.accept(self); return v
    def visit_Call(self, n): return self.FUNCS[n.fn](*(a.accept(self) for a in n.args))
class Printer:
    def visit_Num(self, n): return f"{n.value:g}"
    def visit_Var(self, n): return n.name
    def visit_BinOp(self, n): return f"({n.left.accept(self)} {n.op} {n.right.accept(self)})"
    def visit_Assign(self, n): return f"{n.name} := {n.expr.accept(self)}"
    def visit_Call(self, n): return f"{n.fn}({', '.join(a.accept(self) for a in n.args)})"
ev = Evaluator(); pr = Printer()
for line in ["x = 3", "y = x ** 2 ** 0.5 + 1", "r = sqrt(x*x + 16) - -2", "max(x, y, r) % 4", "area = pi * r ** 2", "z + 1", "3 $ 4", "(1 + 2", "1 / 0"]:
    try:
        tree = Parser(line).statement()
        print(f"{pr.visit_Assign(tree) if isinstance(tree, Assign) else tree.accept(pr):<40} => {tree.accept(ev):.4f}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line!r}: {type(e).__name__}: {e}")
print(Parser("a = b + 1").statement())
print(sorted(ev.env.items()))
