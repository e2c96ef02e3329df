# A small expression evaluator and simplifier written with match: nested
# class patterns, or-patterns, guards and recursion.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f"Num({self.value})"

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Var({self.name!r})"

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"

class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand
    def __repr__(self):
        return f"Neg({self.operand!r})"

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name):
            match env:
                case {**vars_} if name in vars_:
                    return vars_[name]
                case _:
                    raise NameError(name)
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")

def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case "-", x, Num(0):
                    return x
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, l, r)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(Num(v)):
            return Num(-v)
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return e

exprs = [
    BinOp("+", Num(1), Num(2)),
    BinOp("*", Var("x"), BinOp("+", Num(0), Num(1))),
    BinOp("+", BinOp("*", Num(0), Var("y")), Var("z")),
    Neg(Neg(Var("x"))),
    Neg(Num(4)),
    BinOp("-", BinOp("*", Num(2), Num(3)), Num(0)),
    BinOp("/", Var("x"), Num(4)),
]
env = {"x": 10, "y": 3, "z": 7}
for e in exprs:
    s = simplify(e)
    print(e, "=>", s, "=", evaluate(s, env))

try:
    evaluate(BinOp("%", Num(1), Num(2)), env)
except ValueError as err:
    print("ValueError:", err)
try:
    evaluate(Var("w"), env)
except NameError as err:
    print("NameError:", err)
