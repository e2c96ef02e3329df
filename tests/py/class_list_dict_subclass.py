class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s).__name__)
s2 = Stack([5, 6])
print(s2, s2 + [7], sorted(Stack([3, 1, 2])))
s2.tag = "t"
print(s2.tag, s2 == [5, 6])
class Defaults(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def get2(self, k):
        return self[k] if k in self else self.default
d = Defaults(0, a=1)
d['b'] = 2
print(d, d.get2('a'), d.get2('zz'), len(d), d.default, isinstance(d, dict))
class Plain(dict):
    pass
p = Plain(x=1, y=2)
print(p, sorted(p.keys()), type(p).__name__)
class L2(list):
    def __init__(self, n):
        super().__init__(range(n))
print(L2(4))
