import sys
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP
from fractions import Fraction

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def invoice_totals(n):
    getcontext().prec = 28
    cent = Decimal("0.01")
    rates = [Decimal("0.0725"), Decimal("0.08"), Decimal("0.06875"), Decimal("0.1")]
    grand = Decimal(0)
    taxes = Decimal(0)
    lines = []
    price = Decimal("3.17")
    for i in range(n):
        qty = Decimal(i % 17 + 1)
        price = (price * Decimal("1.013") + Decimal("0.07")).quantize(cent, rounding=ROUND_HALF_UP)
        if price > 250:
            price -= Decimal("241.5")
        net = qty * price
        tax = (net * rates[i % 4]).quantize(cent, rounding=ROUND_HALF_EVEN)
        disc = (net * Decimal("0.015")).quantize(cent, rounding=ROUND_DOWN) if i % 5 == 0 else Decimal(0)
        total = net + tax - disc
        grand += total
        taxes += tax
        if i % (n // 5) == 0:
            lines.append(str(total))
    return grand, taxes, lines


def decimal_series(n):
    with localcontext() as ctx:
        ctx.prec = 50
        e = Decimal(0)
        term = Decimal(1)
        for k in range(1, n):
            e += term
            term /= k
        s2 = Decimal(2).sqrt()
        ln = Decimal(10).ln()
        return str(e), str(s2), str(ln)[:30], str(e.exp())[:25]


def compound(n):
    bal = Decimal("1000.00")
    r = Decimal("0.0425") / 12
    out = []
    for m in range(n):
        bal = (bal * (1 + r)).quantize(Decimal("0.01"))
        bal += Decimal("125.50")
        if m % 60 == 59:
            out.append(f"{bal:,.2f}")
    return bal, out, bal.as_tuple().exponent, repr(-bal), bal.compare(Decimal("5e4"))


def decimal_stats(n):
    # quotients carry 28-digit coefficients into the following arithmetic
    vals = [Decimal(i * 37 % 1000) / 7 for i in range(1, n)]
    tot = sum(vals)
    avg = tot / len(vals)
    var = sum((v - avg) * (v - avg) for v in vals) / (len(vals) - 1)
    pct = [(v / tot * 100).quantize(Decimal("0.0001")) for v in vals[:50]]
    return str(avg), str(var.sqrt()), max(pct), min(vals) < avg < max(vals), hash(avg) == hash(+avg)


def harmonic(n):
    h = Fraction(0)
    for k in range(1, n + 1):
        h += Fraction(1, k)
    return h


def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    res = []
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
        res.append(a[0])
    return res


def continued_fraction(x, n):
    terms = []
    for _ in range(n):
        i = x.numerator // x.denominator
        terms.append(i)
        x -= i
        if x == 0:
            break
        x = 1 / x
    return terms


def egyptian(fr):
    parts = []
    while fr.numerator != 1:
        d = -(-fr.denominator // fr.numerator)
        parts.append(d)
        fr -= Fraction(1, d)
    parts.append(fr.denominator)
    return parts


def main():
    for rep in range(SCALE):
        g, t, lines = invoice_totals(20000)
        print("invoice", g, t, lines)
        print("series", decimal_series(60 + rep))
        print("compound", compound(2400))
        print("stats", decimal_stats(3000))
        h = harmonic(1500 + rep)
        print("harmonic", str(h)[:30], h.denominator.bit_length(), float(h), round(h, 5))
        b = bernoulli(120)
        print("bernoulli", b[10], b[20], b[40][:0] if False else b[40], sum(b[:12]))
        print("cf", continued_fraction(Fraction(1393, 972) + Fraction(17, 10 ** 9), 20))
        print("egypt", egyptian(Fraction(5, 121)))
        fr = Fraction("3.1415926535") * Fraction(-7, 3)
        print("misc", fr, fr.limit_denominator(1000), abs(fr) ** 2 > 90, Fraction(1, 3) < Fraction(2, 5),
              hash(Fraction(1, 2)) == hash(0.5), Fraction(7, 2) // 1, Fraction(7, 2) % Fraction(2, 3),
              Decimal("1.10") + Decimal("2.205"), Decimal("7").sqrt().quantize(Decimal("1.000")),
              Decimal(1) / Decimal(7), Decimal("-0.000"), Decimal("1e-7") * 3, Decimal("123.456e10").normalize())


if __name__ == "__main__":
    main()
