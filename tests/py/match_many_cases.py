# Many cases and many captures: stack depth and rotation of captures.
def roman(n):
    match n:
        case 1: return "I"
        case 2: return "II"
        case 3: return "III"
        case 4: return "IV"
        case 5: return "V"
        case 6: return "VI"
        case 7: return "VII"
        case 8: return "VIII"
        case 9: return "IX"
        case 10: return "X"
        case 11: return "XI"
        case 12: return "XII"
        case 13: return "XIII"
        case 14: return "XIV"
        case 15: return "XV"
        case _: return "?"

print([roman(i) for i in range(17)])

match list(range(12)):
    case [a, b, c, d, e, f, g, h, i, j, k, l]:
        print(a, b, c, d, e, f, g, h, i, j, k, l)

match {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}:
    case {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f, **rest}:
        print(a, b, c, d, e, f, rest)

class Many:
    __match_args__ = tuple("pqrstu")
    def __init__(self):
        for i, n in enumerate("pqrstu"):
            setattr(self, n, i * 10)

match Many():
    case Many(p, q, r, s, t, u):
        print(p, q, r, s, t, u)

# Captures interleaved with nested structure and or-patterns.
match (1, [2, (3, {"k": 4})], 5):
    case (a, [b, (c, {"k": d})], e) | (e, [d, (c, {"k": b})], a):
        print(a, b, c, d, e)

match [1, 2, 3, 4]:
    case [w, [x, y] | (x, y), z] | [w, x, y, z]:
        print(w, x, y, z)

# A loop exercising all paths many times (refcounts must balance).
import gc
hits = [0] * 5
for i in range(2000):
    v = [i, (i, str(i)), {"n": i}][i % 3]
    match v:
        case int(n) if n % 2:
            hits[0] += 1
        case int():
            hits[1] += 1
        case (n, s) if s == str(n):
            hits[2] += 1
        case {"n": n, **rest} if not rest:
            hits[3] += 1
        case _:
            hits[4] += 1
print(hits)
