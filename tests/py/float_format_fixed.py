# format(x, '.Nf') / '%.Nf' / f'{x:.Nf}' for many doubles (exact decimal
# rounding, ties to even), summarised by digests so any difference fails.
import struct, hashlib

def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b & 0xFFFFFFFFFFFFFFFF))[0]

state = 0x2545F4914F6CDD1D
def rand64():
    global state
    x = state
    x ^= (x >> 12)
    x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
    x ^= (x >> 27)
    state = x
    return (x * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF

def check(name, values, precs=range(0, 19)):
    h = hashlib.sha256()
    n = 0
    mismatch = 0
    for x in values:
        for p in precs:
            s = format(x, '.%df' % p)
            if '%.*f' % (p, x) != s or f'{x:.{p}F}' != s.upper():
                mismatch += 1
            h.update(s.encode())
            h.update(b',')
            n += 1
    print(name, n, mismatch, h.hexdigest()[:32])

ties = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, -0.5, -2.5, 0.0, -0.0, 1e-20, -1e-20]
for x in ties:
    print(repr(x), [format(x, '.%df' % p) for p in (0, 1, 2, 3)])
print(format(2.0**63, '.3f'), format(2.0**64, '.1f'), format(1e300, '.2f')[:20], format(5e-324, '.2f'))
print('%.17f %.18f %.0f' % (0.1, 0.1, 1e22), f'{-1e-7:.5f}', f'{123.456:10.2f}|{-3.14159:+.3f}')
check('dyadic', (k / 2.0**j for j in range(0, 12) for k in range(-300, 300, 7)))
check('decimal', (rand64() % 10**(1 + rand64() % 12) / 10.0**(rand64() % 10) for _ in range(3000)))
check('random normals', (from_bits((rand64() & 0x800FFFFFFFFFFFFF) | ((900 + rand64() % 250) << 52))
                         for _ in range(3000)))
check('random bits', (from_bits(rand64()) for _ in range(500)), precs=(0, 2, 6, 17))
