# Concatenation and repetition, ASCII and non-ASCII.
a = "abc"
b = "δεζ"
print(a + b, b + a, a + a, b * 2, 2 * b, a * 1, (a + b) * 2)
print(repr("" * 100), repr("x" * 0), repr("ab" * -3), len("é" * 1000))
s = ""
for i in range(10):
    s += str(i)
print(s)
u = ""
for ch in "日本":
    u = ch + u + ch
print(u)
print("-" * 20)
print("=" * 3 + "x" + "=" * 3)
print(("ab" * 3)[::2], len("🐍" * 7))
print(True * "yes", "no" * False)
