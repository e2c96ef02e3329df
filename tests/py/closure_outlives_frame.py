def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1), a5(a10(0)))
def make_acc():
    total = []
    def acc(x):
        total.append(x)
        return sum(total)
    return acc
acc = make_acc()
print(acc(1), acc(2), acc(3))
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(20)(300)(4000))
f = deep("a")("b")
print(f("c")("d"), f("x")("y"))
def gen_closure():
    x = "cap"
    def g():
        yield x
        yield x + "!"
    return g
print(list(gen_closure()()))
