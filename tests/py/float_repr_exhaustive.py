# repr/str of floats: the shortest round-tripping digits, laid out as
# CPython's 'r' format. Many values, summarised by a digest per group so the
# expected output stays small while any difference fails.
import struct, hashlib, json

def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b & 0xFFFFFFFFFFFFFFFF))[0]

def to_bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]

def neighbours(x):
    b = to_bits(x)
    out = [x]
    if b & 0x7FFFFFFFFFFFFFFF:
        out.append(from_bits(b - 1))
    if (b & 0x7FF0000000000000) != 0x7FF0000000000000 and from_bits(b + 1) == from_bits(b + 1):
        out.append(from_bits(b + 1))
    return out

bad = []

def check(name, values):
    h = hashlib.sha256()
    n = 0
    for x in values:
        for y in (x, -x):
            r = repr(y)
            if y == y and float(r) != y:
                bad.append((name, r))
            if str(y) != r or f'{y}' != r or '%r' % y != r or format(y, '') != r:
                bad.append((name, 'str/format', r))
            h.update(r.encode())
            h.update(b',')
            n += 1
    print(name, n, h.hexdigest()[:32])

# xorshift64*, so the values do not depend on the random module
state = 0x9E3779B97F4A7C15
def rand64():
    global state
    x = state
    x ^= (x >> 12)
    x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
    x ^= (x >> 27)
    state = x
    return (x * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF

specials = [0.0, float('inf'), float('nan'), 5e-324, 1e-323, 1.5e-323, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, 1e16, 1e-4, 1e-5, 9999999999999998.0,
            0.1, 0.2, 0.3, 1/3, 2/3, 1e22, 1e23, 5e-324 * 3, 123456789012345680.0, 0.0001,
            0.00001, 9.999999999999999e-05, 1.0000000000000001e-4, 1e15, 1e17, 2.0**53, 2.0**54]
for x in specials:
    print(repr(x), repr(-x), str(x))

check('powers of two', (v for e in range(-1074, 1024) for v in neighbours(2.0 ** e)))
check('powers of ten', (v for e in range(-323, 309) for v in neighbours(float('1e%d' % e))))
check('thresholds', (v for t in (1e16, 1e-4, 1e-5, 1e15, 1e17, 9.5e15, 9.95e-5)
                     for m in range(1, 10) for v in neighbours(t * m)))
check('subnormals', (from_bits(b) for b in list(range(1, 3000)) +
                     [rand64() & 0x000FFFFFFFFFFFFF for _ in range(3000)]))
check('small integers', (float(i) for i in range(-2000, 2000, 7)))
check('integers near 2**53', (v for i in range(-300, 300) for v in neighbours(float(2**53 + i * 3))))
check('big integers', (float(rand64() >> (rand64() % 64)) for _ in range(3000)))
check('decimal fractions', (rand64() % 10**(1 + rand64() % 17) / 10.0**(rand64() % 22)
                            for _ in range(5000)))
check('random bit patterns', (from_bits(rand64()) for _ in range(20000)))
check('random normals', (from_bits((rand64() & 0x800FFFFFFFFFFFFF) | ((1 + rand64() % 2046) << 52))
                         for _ in range(20000)))

print(json.dumps([0.1, -2.5e-310, 1e16, 1.7976931348623157e308, 12345.678, 1e-5]))
print([1.5, 2.25e100], {0.5: -0.0}, (1e300 * 10, -1e-7))
print(complex(0.1, 1e16), complex(-1e-5, 3.0))
print(bad[:10], len(bad))
