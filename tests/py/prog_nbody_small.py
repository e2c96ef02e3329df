# nbody
import math
PI = math.pi; SOLAR_MASS = 4 * PI * PI; DAYS = 365.24
bodies = {
 "sun": ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
 "jupiter": ([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01], [1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS, -6.90460016972063023e-05 * DAYS], 9.54791938424326609e-04 * SOLAR_MASS),
 "saturn": ([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01], [-2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS, 2.30417297573763929e-05 * DAYS], 2.85885980666130812e-04 * SOLAR_MASS),
}
SYSTEM = list(bodies.values())
PAIRS = [(SYSTEM[i], SYSTEM[j]) for i in range(len(SYSTEM)) for j in range(i + 1, len(SYSTEM))]
def advance(dt, n):
    for _ in range(n):
        for ([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2) in PAIRS:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1, b2 = m1 * mag, m2 * mag
            v1[0] -= dx * b2; v1[1] -= dy * b2; v1[2] -= dz * b2
            v2[0] += dx * b1; v2[1] += dy * b1; v2[2] += dz * b1
        for r, [vx, vy, vz], m in SYSTEM:
            r[0] += dt * vx; r[1] += dt * vy; r[2] += dt * vz
def energy():
    e = 0.0
    for (((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2)) in PAIRS:
        e -= (m1 * m2) / ((x1 - x2) ** 2 + (y1 - y2) ** 2 + (z1 - z2) ** 2) ** 0.5
    for (r, [vx, vy, vz], m) in SYSTEM: e += m * (vx * vx + vy * vy + vz * vz) / 2.
    return e
print("%.9f" % energy()); advance(0.01, 2000); print("%.9f" % energy())
