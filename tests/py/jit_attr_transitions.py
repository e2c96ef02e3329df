# Attribute stores that add a name (the shape transitions of __init__) and
# polymorphic attribute sites (several classes at one load or store), hot
# enough to be compiled, while shapes, classes and types change underneath:
# another order of stores, deleted attributes, __class__ assigned, a
# property or a class attribute added later, many attributes (values moved
# out of the inline block), sites seeing a new shape or a non-plain class.

class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

class Counted:
    # the old value's __del__ runs when a store replaces it
    log = []

    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        Counted.log.append(self.tag)

def make_vecs(n):
    s = 0
    for i in range(n):
        v = Vec(i, i + 1, i + 2)
        s += v.x + v.y + v.z
    return s

class Grow:
    def __init__(self, a, extra):
        self.a = a
        if extra == 1:
            self.b = 1          # another transition after a
        elif extra == 2:
            self.c = 2          # a sibling shape
        self.d = a * 2          # slot 1 or 2 depending on the path

def grow(n):
    s = 0
    for i in range(n):
        g = Grow(i, 0 if i < n // 2 else i % 3)
        s += g.a + g.d + getattr(g, "b", 0) + getattr(g, "c", 0)
    return s

class Many:
    def __init__(self, k):
        self.a0 = k
        self.a1 = k
        self.a2 = k
        self.a3 = k
        self.a4 = k
        self.a5 = k
        self.a6 = k
        self.a7 = k
        self.a8 = k            # past the inline block
        self.a9 = k

def many(n):
    s = 0
    for i in range(n):
        m = Many(i)
        s += m.a0 + m.a7 + m.a8 + m.a9
    return s

class Base:
    def __init__(self, v):
        self.v = v
        self.w = v + 1

class Left(Base):
    def left(self):
        return 1

class Right(Base):
    def right(self):
        return 2

class Other:
    def __init__(self, v):
        self.pad = 0
        self.v = v              # v at another slot
        self.w = 7

class Slotted:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v
        self.w = 0

class Getattr:
    def __getattr__(self, name):
        return 100

def read_v(o):
    return o.v + o.w

def write_v(o, x):
    o.v = x
    o.w = x + 1

def poly(n):
    objs = [Left(1), Right(2), Left(3), Right(4)]
    s = 0
    for i in range(n):
        o = objs[i % 4]
        s += read_v(o)
        write_v(o, i)
        if i == n // 2:
            objs.append(Other(5))   # another shape: v at slot 1
        if i == 3 * n // 4:
            objs.append(Slotted(6)) # not a plain class
            objs.append(Getattr())  # not plain either
    for o in objs:
        s += read_v(o)
    return s

class Third(Base):
    pass

class Fourth(Base):
    pass

def poly_loop(objs, n):
    # one site, four classes from the start: it turns polymorphic before
    # the loop is compiled
    s = 0
    k = len(objs)
    for i in range(n):
        o = objs[i % k]
        s += o.v + o.w
        o.v = i
        o.w = i + 1
        if i == n // 2:
            objs.append(Other(5))   # another shape: v at slot 1
            k += 1
        if i == 3 * n // 4:
            objs.append(Slotted(6)) # not a plain class
            objs.append(Getattr())  # not plain either (only read)
            k += 1
        if i == 7 * n // 8:
            k += 1
            objs[0].__class__ = Right
            del objs[1].w           # a dict-mode instance
            objs[1].w = 4
            Third.v = property(lambda self: -1, lambda self, x: None)
    return s

def poly_new(n):
    objs = [Left(1), Right(2), Third(3), Fourth(4)]
    s = poly_loop(objs, n)
    return s, [getattr(o, "v", None) for o in objs]

def poly_deleted(n):
    objs = [Left(i) for i in range(4)] + [Right(i) for i in range(4)]
    s = 0
    for i in range(n):
        o = objs[i % 8]
        if i == n // 2:
            del objs[3].w           # a dict-mode instance
            objs[3].w = -1
            objs[5].__dict__        # its values leave the inline block
        s += read_v(o)
        write_v(o, i % 10)
    return s

def class_changes(n):
    s = 0
    for i in range(n):
        if i == n // 3:
            # a property for a stored name, added later: the setter runs
            Vec.z = property(lambda self: self._z * 10,
                             lambda self, val: setattr(self, "_z", val))
        v = Vec(i, 1, 2)
        if i == n // 2:
            # __class__ assigned: the store's type guard fails
            v.__class__ = Other
            v.x = 5
            write_v(v, 3)
            s += getattr(v, "z", 0) + v.v
        s += v.x + getattr(v, "z", 1)
    del Vec.z
    return s

def class_attr_replaced(n):
    class K:
        scale = 1

        def __init__(self, a):
            self.a = a
            self.b = a * K.scale
    s = 0
    for i in range(n):
        k = K(i)
        if i == n // 2:
            K.scale = 3           # the type's version changes
            K.a = "shadow"        # a class attribute of a stored name
        s += k.a + k.b
    return s

def del_values(n):
    Counted.log.clear()
    holder = Vec(Counted(-1), 0, 0)
    for i in range(n):
        holder.x = Counted(i)   # replaces: the old one's __del__ runs
    out = len(Counted.log), Counted.log[:3], Counted.log[-2:]
    holder.x = None
    return out

def set_after_delete(n):
    s = 0
    for i in range(n):
        v = Vec(i, 0, 0)
        if i % 50 == 0:
            del v.y
            v.y = 3
        v.z = i
        s += v.y + v.z
    return s

print(make_vecs(3000))
print(grow(3000))
print(many(2000))
print(poly(4000))
print(poly_deleted(4000))
print(poly_new(4000))
print(class_changes(3000))
print(class_attr_replaced(3000))
print(del_values(2000))
print(set_after_delete(2000))
print(read_v(Getattr()), read_v(Slotted(9)))
