from operator import attrgetter, itemgetter, methodcaller
import operator
class Student:
    def __init__(self, name, grade, age): self.name, self.grade, self.age = name, grade, age
    def __repr__(self): return f"Student({self.name!r}, {self.grade!r}, {self.age})"
    def upper(self): return self.name.upper()
studs = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10), Student("amy", "A", 12)]
print(sorted(studs, key=attrgetter("grade", "age")))
print(sorted(studs, key=lambda s: (-s.age, s.name)))
print(sorted(studs, key=attrgetter("age"), reverse=True))
print(list(map(methodcaller("upper"), studs)), attrgetter("name")(studs[0]), itemgetter(1, 0)("abc"))
tuples = [("a", 3), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(tuples, key=itemgetter(1)), max(tuples, key=itemgetter(1)), min(tuples, key=lambda t: t[1]))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.itemgetter(slice(1, 3))([1,2,3,4]), operator.contains([1], 1), operator.getitem({"a":1}, "a"), operator.truth(0), operator.concat([1], [2]))
from functools import reduce
print(reduce(operator.or_, [{1}, {2}, {3}]), reduce(operator.xor, [1, 2, 3]), operator.index(5), operator.pow(2, 10), operator.floordiv(7, 2), operator.is_(None, None))
ag = attrgetter("name"); print(ag, itemgetter(1), methodcaller("f", 1, k=2)) if False else None
import statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data), statistics.variance(data), statistics.median_low([1,3,5,7]), statistics.median_high([1,3,5,7]))
print(statistics.mean([1.5, 2.5]), statistics.fmean([1, 2]), statistics.multimode("aabbc"), statistics.harmonic_mean([40, 60]))
from fractions import Fraction
print(Fraction(3, 4) + Fraction(1, 4), Fraction(1, 3) * 3, Fraction("0.75"), Fraction(0.5), repr(Fraction(2, 6)), Fraction(7, 3).limit_denominator(2), float(Fraction(1, 8)), Fraction(5, 10).numerator, sum([Fraction(1, n) for n in range(1, 5)]), Fraction(1,3) < 0.5, round(Fraction(7, 2)))
