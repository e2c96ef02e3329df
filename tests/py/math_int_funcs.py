# Exact integer functions: factorial, comb, perm, gcd, lcm, isqrt on big ints.
import math
print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
print(len(str(math.factorial(2000))), math.factorial(2000) % (10**20 + 39))
print(math.comb(100, 50), math.comb(10, 11), math.comb(10, 0), math.comb(0, 0), math.comb(10**20, 3))
print(math.comb(1000, 998), math.comb(2**70, 2))
print(math.perm(10), math.perm(10, 3), math.perm(10, 0), math.perm(5, None), math.perm(5, 6), math.perm(2**70, 2))
print(math.gcd(12, 18, -24), math.gcd(-5), math.gcd(0, 0), math.gcd(), math.gcd(2**100, 2**80 * 3), math.gcd(True, 4))
print(math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3), math.lcm(), math.lcm(2**64, 3**40))
print(math.isqrt(10**100), math.isqrt(0), math.isqrt(True), math.isqrt(99), math.isqrt(2**200 - 1))
print([math.isqrt(n) for n in range(30)])
print(math.prod(range(1, 20)), math.prod([1.5, 2, 3]), math.prod([], start=5), math.prod([2, 3], start=1.5),
      math.prod(['a', 3]), math.prod([3, 'ab']), math.prod(x for x in [2, 2**70]))
