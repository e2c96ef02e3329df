# A class ordering itself through __eq__/__lt__ plus derived methods, used by sort/min/max/bisect-like code.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs), sorted(vs, reverse=True))
print(min(vs), max(vs), Version('1.2') in vs, vs.index(Version('1.2.1')), vs.count(Version('1.2')))
print(Version('1.0') < Version('1.0.0'), Version('2') >= Version('1.9'), Version('1') <= Version('1'))
print(Version('3') > Version('2'), Version('1') != Version('1'), len(set(vs)))
print([a < b for a, b in zip(vs, vs[1:])])
try:
    Version('1') < 2
except TypeError as e:
    print('TypeError:', e)
print(Version('1') == 1, Version('1') != 'x')
l = list(vs)
l.sort()
print(l, l == sorted(vs))
print(sorted([(Version('2'), 'b'), (Version('1'), 'a')]))
print(max(vs, key=lambda v: v.parts[-1]), sorted(vs, key=lambda v: (len(v.parts), v)))
