import statistics as st
from fractions import Fraction
import random
print(st.stdev([1, 2, 3, 4]) == 1.2909944487358056, st.stdev([1, 2, 3, 4]))
print(st.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), st.pvariance([1e9 + 1, 1e9 + 2, 1e9 + 3]))
print(st.mean([1e50, 1, -1e50] * 1000), st.fmean([1e50, 1, -1e50] * 1000))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([0.1, 0.2, 0.3, 0.4]))
rng = random.Random(12345)
data = [rng.random() * 100 for _ in range(200)]
print(st.mean(data), st.median(data), st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
ints = [rng.randint(-50, 50) for _ in range(101)]
print(st.mean(ints), st.median(ints), st.mode(ints), st.variance(ints), st.pvariance(ints), st.stdev(ints))
fr = [Fraction(1, k) for k in range(1, 8)]
print(st.mean(fr), st.variance(fr), st.pvariance(fr), st.median(fr))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([1.0, 2.0], 1.5))
print(st.mean(range(1, 1001)), st.variance(range(1, 1001)), st.stdev(range(10 ** 6, 10 ** 6 + 50)))
print(st.mean([float("inf"), 1.0]), st.variance([1.0, float("nan")]), st.harmonic_mean([2.5, 3, 10]))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1.5, 2.5, 10.25], n=5, method="inclusive"))
print(st.mean([True, True, False]), st.variance([True, False, True, True]), type(st.mean([1, 3])).__name__, type(st.mean([1, 2])).__name__)
