import sys
import abc
import math

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name] = cls
        return cls


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value!r}")
        setattr(obj, self.name, value)


class ShapeMeta(Registry, abc.ABCMeta):
    pass


class Shape(metaclass=ShapeMeta):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abc.abstractmethod
    def area(self):
        raise NotImplementedError

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{type(self).__name__}({self.name}) area={self.area():.3f} perim={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    width = Positive()
    height = Positive()

    def __init__(self, name, w, h):
        super().__init__(name)
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)

    @property
    def side(self):
        return self.width

    @side.setter
    def side(self, v):
        self.width = self.height = v


class Circle(Shape):
    r = Positive()

    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y and self.z == o.z

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return "Vec(%.4f, %.4f, %.4f)" % (self.x, self.y, self.z)


def auto_repr(cls):
    fields = cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]

    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls


@auto_repr
class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def step(self, dt, g):
        self.vel = self.vel + g * dt
        self.pos = self.pos + self.vel * dt
        if self.pos.z < 0:
            self.pos = Vec(self.pos.x, self.pos.y, -self.pos.z)
            self.vel = Vec(self.vel.x, self.vel.y, -self.vel.z * 0.9)

    @property
    def energy(self):
        return 0.5 * self.mass * (self.vel @ self.vel) + self.mass * 9.81 * self.pos.z


class Account:
    _next = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next
        Account._next += 1

    @property
    def balance(self):
        return self._balance

    @classmethod
    def open(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    def transfer(self, other, amount):
        if amount > self._balance:
            raise ValueError("insufficient")
        f = self.fee(amount)
        self._balance -= amount + f
        other._balance += amount
        return f


class Savings(Account):
    def fee(self, amount):
        return super().fee(amount) // 2


def main():
    for rep in range(SCALE):
        shapes = []
        for i in range(3000):
            k = i % 3
            if k == 0:
                shapes.append(Rect("r%d" % i, 1 + i % 7, 2 + i % 5))
            elif k == 1:
                shapes.append(Square("s%d" % i, 1 + i % 9))
            else:
                shapes.append(Circle("c%d" % i, 0.5 + i % 4))
        for s in shapes[1::3]:
            s.side = s.side + 1
        shapes.sort()
        print(shapes[0].describe(), shapes[-1].describe(), round(sum(s.area() for s in shapes), 3))
        try:
            Rect("bad", 1, -2)
        except ValueError as e:
            print("error", e)
        try:
            Shape("abstract")
        except TypeError as e:
            print("error", e)
        print(sorted(Registry.classes), isinstance(shapes[0], Shape), issubclass(Square, Rect), Shape.count > 0)
        ps = [Particle(Vec(i, 0.0, 10.0 + i % 3), Vec(1.0, 0.5, 0.0), 1.0 + i % 2) for i in range(60)]
        g = Vec(0.0, 0.0, -9.81)
        for t in range(300):
            for p in ps:
                p.step(0.01, g)
        e = sum(p.energy for p in ps)
        print(ps[0], round(e, 6), abs(ps[5].pos - ps[4].pos), len({p.pos for p in ps}), list(-ps[1].vel)[:2])
        accts = [Account.open("u%d" % i) if i % 2 else Savings.open("u%d" % i) for i in range(200)]
        fees = 0
        failures = 0
        for step in range(20000):
            a = accts[(step * 31) % 200]
            b = accts[(step * 17 + 5) % 200]
            try:
                fees += a.transfer(b, (step % 13) * 3)
            except ValueError:
                failures += 1
        print("bank", fees, failures, sum(a.balance for a in accts), type(accts[0]).__mro__[1].__name__)


if __name__ == "__main__":
    main()
