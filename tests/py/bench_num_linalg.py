import sys
import math
import cmath

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Random:
    def __init__(self, seed):
        self.s = seed

    def random(self):
        self.s = (self.s * 16807) % 2147483647
        return self.s / 2147483647.0


def random_matrix(n, rng):
    return [[rng.random() for _ in range(n)] for _ in range(n)]


def lu_decompose(a):
    n = len(a)
    a = [row[:] for row in a]
    piv = list(range(n))
    for j in range(n):
        jp = j
        t = abs(a[j][j])
        for i in range(j + 1, n):
            ab = abs(a[i][j])
            if ab > t:
                jp = i
                t = ab
        piv[j] = jp
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        if j < n - 1:
            rowj = a[j]
            for ii in range(j + 1, n):
                rowii = a[ii]
                aiij = rowii[j]
                for jj in range(j + 1, n):
                    rowii[jj] -= aiij * rowj[jj]
    return a, piv


def determinant(lu, piv):
    d = 1.0
    for i, p in enumerate(piv):
        d *= lu[i][i]
        if p != i:
            d = -d
    return d


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def fft(x):
    n = len(x)
    if n == 1:
        return x
    even = fft(x[0::2])
    odd = fft(x[1::2])
    out = [0j] * n
    half = n // 2
    for k in range(half):
        t = cmath.exp(-2j * math.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + half] = even[k] - t
    return out


def ifft(x):
    n = len(x)
    y = fft([v.conjugate() for v in x])
    return [v.conjugate() / n for v in y]


def sor(grid, omega, iters):
    m = len(grid)
    n = len(grid[0])
    om4 = omega * 0.25
    om1 = 1.0 - omega
    for _ in range(iters):
        for i in range(1, m - 1):
            gi = grid[i]
            gim = grid[i - 1]
            gip = grid[i + 1]
            for j in range(1, n - 1):
                gi[j] = om4 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + om1 * gi[j]
    return grid


def monte_carlo_pi(n, rng):
    inside = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def stats(values):
    n = len(values)
    mean = math.fsum(values) / n
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    return round(mean, 9), round(math.sqrt(var), 9), round(math.hypot(*values[:5]), 9)


def main():
    rng = Random(12345)
    for rep in range(SCALE):
        a = random_matrix(60, rng)
        lu, piv = lu_decompose(a)
        print("lu", "%.6e" % determinant(lu, piv), piv[:6])
        c = matmul(a, a)
        print("matmul", round(sum(map(sum, c)), 6), round(max(max(r) for r in c), 6))
        sig = [complex(math.sin(0.1 * i) + 0.5 * math.cos(0.37 * i), 0) for i in range(1024)]
        spec = fft(sig)
        back = ifft(spec)
        err = max(abs(u - v) for u, v in zip(sig, back))
        peak = max(range(len(spec) // 2), key=lambda k: abs(spec[k]))
        print("fft", peak, round(abs(spec[peak]), 6), err < 1e-9, "%.3f" % cmath.phase(spec[3]))
        g = random_matrix(50, rng)
        sor(g, 1.25, 20)
        print("sor", round(sum(map(sum, g)), 6), "%.6f" % g[25][25])
        print("mc", monte_carlo_pi(40000, rng))
        vals = [math.exp(-0.001 * i) * math.atan2(i, 7) for i in range(5000)]
        print("stats", stats(vals), math.isclose(sum(vals), math.fsum(vals), rel_tol=1e-9),
              math.floor(-2.5), math.ceil(2.1), round(2.675, 2), 1e300 * 10, -0.0, float("nan") == float("nan"),
              (7.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), divmod(-7.5, 2), 2 ** -1074)


if __name__ == "__main__":
    main()
