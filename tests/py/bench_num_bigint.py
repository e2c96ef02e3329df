import sys
import math

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def fib_matrix(n):
    def mul(a, b):
        return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
                a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3])
    result = (1, 0, 0, 1)
    base = (1, 1, 1, 0)
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[1]


def fib_fast_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_fast_doubling(n >> 1)
    c = a * ((b << 1) - a)
    d = a * a + b * b
    if n & 1:
        return (d, c + d)
    return (c, d)


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def digit_sum(n):
    return sum(map(int, str(n)))


def rsa_roundtrip(bits_seed):
    p = (1 << 127) - 1
    q = next(x for x in range(10 ** 30 + 1, 10 ** 30 + 10000, 2) if is_probable_prime(x))
    n = p * q
    phi = (p - 1) * (q - 1)
    e = 65537
    d = pow(e, -1, phi)
    total = 0
    for m in range(bits_seed, bits_seed + 40):
        c = pow(m, e, n)
        assert pow(c, d, n) == m
        total += c % 1000
    return q, total


def isqrt_newton(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def pi_digits(ndigits):
    # Machin formula with fixed-point big ints
    unity = 10 ** (ndigits + 10)

    def arctan_inv(x):
        total = term = unity // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


def main():
    for rep in range(SCALE):
        f = math.factorial(1500 + rep)
        s = str(f)
        print("fact", len(s), s[:20], digit_sum(f), f.bit_length())
        b = f.to_bytes((f.bit_length() + 7) // 8, "big")
        print("bytes", len(b), b[:4].hex(), int.from_bytes(b, "big") == f)
        fm = fib_matrix(5000 + rep)
        fd = fib_fast_doubling(5000 + rep)[0]
        print("fib", fm == fd, str(fm)[-15:], fm.bit_length())
        print("rsa", rsa_roundtrip(1000 + rep))
        n = 7 ** 400 + rep
        r = isqrt_newton(n)
        print("isqrt", r == math.isqrt(n), r % 10 ** 12)
        print("pi", pi_digits(600)[-20:])
        g = 0
        for k in range(1, 400):
            g += math.gcd(f // k, fm) % 97
        print("gcd", g, hex(fm)[-10:], oct(f % (1 << 60)), bin(k * 12345))
        primes = [x for x in range(10 ** 12, 10 ** 12 + 3000) if is_probable_prime(x)]
        print("primes", len(primes), primes[:3])
        print("divmod", divmod(f, fm)[1] % 10 ** 9, -f // 7 % 1000, (-f) % 13, f >> 3000 & 0xFFFF)


if __name__ == "__main__":
    main()
