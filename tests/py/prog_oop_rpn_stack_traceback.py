class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    @property
    def top(self): return self._items[-1]
def evaluate(expr):
    s = Stack()
    for tok in expr.split():
        if tok.isdigit(): s.push(int(tok))
        else:
            b, a = s.pop(), s.pop()
            s.push({"+": a+b, "-": a-b, "*": a*b, "/": a/b if b else a // b}[tok])
    return s.pop()
print(evaluate("3 4 + 2 *"))
print([evaluate(e) for e in ["1 2 +", "5 1 -"]])
print(Stack().top if False else "")
results = [evaluate(e) for e in ["4 0 /"]]
