# Attribute access in hot loops while the objects change underneath:
# instance shapes, class attributes, properties, methods replaced on the
# class, module attributes, globals rebound and builtins shadowed mid-loop.
import math

class P:
    kind = "p"

    def __init__(self, x):
        self.x = x
        self.y = 2 * x

    def val(self):
        return self.x + self.y

def shapes(n):
    objs = [P(i) for i in range(10)]
    s = 0
    for i in range(n):
        o = objs[i % 10]
        s += o.x + o.y
        if i == n // 3:
            for q in objs[::2]:
                q.z = 1          # a new shape for half of them
        if i == n // 2:
            del objs[1].y        # a dict-mode instance
            objs[1].y = 5
        if i > n // 3 and hasattr(o, "z"):
            s += o.z
        o.x = o.x + 1            # store, same shape
    return s

def shape_order(n):
    class A:
        pass
    s = 0
    for i in range(n):
        a = A()
        if i % 2:
            a.p = i
            a.q = 1
        else:
            a.q = 1
            a.p = i
        s += a.p - a.q
    return s

def class_attr(n):
    s = ""
    c = 0
    for i in range(n):
        c += len(P.kind)
        if i == n // 2:
            P.kind = "pp"
        s = P.kind
    return c, s

class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

def props(n):
    t = Temp()
    s = 0.0
    for i in range(n):
        t.celsius = i % 100
        s += t.fahrenheit + t.celsius
        if i == n // 2:
            Temp.fahrenheit = property(lambda self: -1.0)
    return s

def replace_method(n):
    p = P(1)
    s = 0
    for i in range(n):
        s += p.val()
        if i == n // 3:
            P.val = lambda self: 1000
        if i == 2 * n // 3:
            p.val = lambda: 7       # instance attribute shadows the method
    del P.val
    try:
        P(1).val()
    except AttributeError as e:
        print(e)
    return s

def module_attrs(n):
    s = 0.0
    for i in range(n):
        s += math.pi + math.sqrt(4.0) + math.floor(1.5)
        if i == n // 2:
            math.pi = 3.0
    math.pi = 3.141592653589793
    return s

counter = 0
def rebound_global(n):
    global counter
    s = 0
    for i in range(n):
        s += counter
        counter += 1
        if i == n // 2:
            globals()["counter"] = -1000
    return s

def shadow_builtin(n):
    global len
    s = 0
    for i in range(n):
        s += len("abc")
        if i == n // 3:
            len = lambda x: 100
        if i == 2 * n // 3:
            del len
    return s

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
        self.b = -a

def slots(n):
    s = 0
    o = Slotted(1)
    for i in range(n):
        o.a = i
        s += o.a + o.b
    return s

def attr_errors(n):
    p = P(1)
    c = 0
    for i in range(n):
        try:
            c += p.missing
        except AttributeError as e:
            c += 1
            m = str(e)
        try:
            (1).x = 2
        except AttributeError:
            c += 10
        try:
            del p.nothere
        except AttributeError:
            c += 100
    return c, m

def getattr_hook(n):
    class G:
        def __getattr__(self, name):
            return len(name)
    g = G()
    s = 0
    for i in range(n):
        s += g.abc + g.de
    return s

def builtin_methods(n):
    s = 0
    l = []
    d = {}
    for i in range(n):
        l.append(i)
        d.setdefault(i % 10, 0)
        d[i % 10] += 1
        s += "abc".upper().count("B") + l.index(0)
    return s + len(l) + sum(d.values())

for fn in (shapes, shape_order, class_attr, props, replace_method, module_attrs,
           rebound_global, shadow_builtin, slots, attr_errors, getattr_hook,
           builtin_methods):
    print(fn.__name__, fn(3000))
print(counter)
