# The real-valued distributions of random.py, value for value.
import random
for seed in [0, 7, 2**70, "dist"]:
    random.seed(seed)
    print([random.gauss(0, 1) for _ in range(5)], random.gauss(), random.gauss(10, 3))
    print(random.uniform(1, 5), random.uniform(2.5, -1), random.uniform(0, 2**60), random.triangular(),
          random.triangular(1, 10, 3), random.triangular(0, 1, 1), random.triangular(5, 5), random.triangular(1, 1, 1))
    print(random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 1), random.expovariate(1.5),
          random.expovariate(2), random.expovariate(-1))
    print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.vonmisesvariate(-3, 50))
    print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 1.5), random.gammavariate(0.01, 3))
    print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 1.5))
    print(random.random(), random.random())
