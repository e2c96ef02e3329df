# Repetition counts of zero, negative, bool and large values.
print(repr("ab" * 0), repr("ab" * -5), repr("ab" * True), repr("ab" * False), len("ab" * 10000))
print(repr([1] * 0), repr([1, 2] * -1), repr((1,) * 3), [None] * 4, [[]] * 2)
print(3 * "x", 3 * [0], 3 * (0,))
s = "é" * 5
print(s, len(s), s[::2])
