rows = [("Widget", 3, 4.5, 0.125), ("Gadget-extra-long", 12, 199.999, -0.5), ("X", 0, 0.0, 1e-7), ("Big", 10**6, 1234567.891, 12345.678)]
print(f"{'Name':<12}|{'Qty':>6}|{'Price':^10}|{'Pct':>9}")
print("-" * 40)
for n, q, p, pct in rows:
    print(f"{n:<12.12}|{q:>6,}|{p:^10.2f}|{pct:>9.2%}")
print(f"{'total':*^20}", f"{sum(r[2] for r in rows):_.3f}", f"{12345678:,d}", f"{0.000123:e}", f"{1234.5:g}", f"{1e20:g}", f"{1.5e-5:G}")
for v in [0, 1, -1, 255, 3.14159, -2.5, 1e100, float('nan'), float('inf'), True]:
    print(f"[{v!r:>8}] [{v:+}] [{v:08.3f}] [{v:<10}] [{v:=+10.2f}]" if not isinstance(v, bool) else f"{v:d} {v!s:>6}")
for i in [5, 255, -42, 2**40]:
    print(f"{i:b} {i:o} {i:x} {i:X} {i:#x} {i:#010b} {i:+d} {i: d} {i:c}" if 0 <= i < 1000 else f"{i:#o} {i:,} {i:_x} {i:e}")
print(format(3.14159, ".3"), format(100, "e"), format(0.1, ".20f"), format(1/3, ".15g"), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, "f"), format(1e16, ".1f"))
print("%5s|%-5s|%05d|%.2f|%x|%r|%%|%c|%10.3e|%+i" % ("ab", "cd", 42, 3.14159, 255, "q", 65, 12345.6789, 7))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30}, "{0}{1}{0}".format("a", "b"), "{:>{w}}".format("x", w=5), "{name!r:^9}".format(name="z"))
print("{:,.2f}".format(1234567.891), "{0[1]} {1.real}".format([5,6], 3+4j), "{:%Y}".format.__name__ if False else "", "{:^7.3s}|".format("abcdef"))
print(str(1e16), str(1.0), str(1e-5), repr(0.1+0.2), str(123456789012345678.0), 1e300*10, -1e-320, 2.0**0.5, round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(7, -1))
print(f"{3+4j}", f"{1.5:.{2}f}", f"{'nested'!r:{'>'}{12}}", f"{{literal}}", f"{10/3=:.2f}", f"{ [1,2] }")
class Money:
    def __init__(s, c): s.c = c
    def __format__(s, spec):
        if spec == "": return str(s)
        return f"${s.c/100:{spec}}"
    def __str__(s): return f"${s.c/100:.2f}"
print(f"{Money(12345):>12,.2f}", f"{Money(5)}", "{:.1f}".format(Money(99)), format(Money(1)))
print(f"{'a'!a} {'é'!a} {chr(0x1f600)!a}")
try: f"{5:s}"
except ValueError as e: print(e)
try: format("x", "d")
except ValueError as e: print(e)
try: "{} {}".format(1)
except IndexError as e: print(e)
print("|".join(f"{w:^5}" for w in "ab cde f".split()), "abc".center(9, "*"), "7".zfill(4), "-7".zfill(4), "x".ljust(3, "."), "ab".rjust(4))
