# float subclasses: a heap object holding the double; operations give floats.
import math

class MyFloat(float):
    pass

f = MyFloat(2.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), MyFloat(), MyFloat('1e3'), MyFloat(' -inf '), MyFloat(3))
for v in [f + 1, 1 + f, f - 0.5, f * 2, f / 2, f // 1, f % 2, f ** 2, -f, +f, abs(MyFloat(-1.5)),
          float(f), f.real, f.conjugate(), round(f, 0), f.imag]:
    print(type(v).__name__, v)
print(int(f), round(f), math.floor(f), math.ceil(f), math.trunc(f), f.is_integer(), f.as_integer_ratio())
print(f == 2.5, 2.5 == f, f < 3, f > 2, f == MyFloat(2.5), f != 1, bool(MyFloat(0.0)), divmod(f, 1))
print(hash(f) == hash(2.5), {2.5: 'x'}[f], {f: 'y'}[2.5], hash(MyFloat(2.0)) == hash(2))
f.unit = 'm'
print(f.unit, f.__dict__, f'{f:.3f}', f'{f}', '%.1f' % f, format(f, '>8'), str(f))
print(math.sqrt(MyFloat(16.0)), sorted([MyFloat(1.5), 1, 0.5]), sum([MyFloat(0.5), MyFloat(0.25)]), max(f, 2))
print(MyFloat(float('nan')) != MyFloat(float('nan')), MyFloat('inf') > 1e308)

class Celsius(float):
    def __new__(cls, value, scale='C'):
        self = super().__new__(cls, value)
        self.scale = scale
        return self
    def __repr__(self):
        return f'{float(self)}°{self.scale}'
c = Celsius(21.5)
print(c, repr(c), c + 1, c.scale, Celsius(3, 'F'), [c])
