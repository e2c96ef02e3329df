# range repr only shows the step when it is not 1; equality compares the sequences.
print(range(5), repr(range(0, 5)), range(1, 5, 1), range(1, 5, 2), range(-3, -1), range(10, 0, -2))
print(str(range(3)), [range(2)], (range(1, 2),))
print(range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(0) == range(-1), range(1) == range(2))
print(range(0, 1, 5) == range(0, 1, 7), range(3) != range(4))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
