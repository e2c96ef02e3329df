# random.Random instances are independent generators with every method.
import random
r = random.Random(7)
s = random.Random(7)
print(r.random(), r.randint(0, 9), r.choice(range(50)), r.getstate()[1][:3])
print(s.random(), s.randint(0, 9), s.choice(range(50)))
random.seed(7)
print(random.random(), r.random(), s.random())
print(type(r).__name__, isinstance(r, random.Random), random.Random.__name__)
t = random.Random()
t.seed(12345)
u = list(range(10)); t.shuffle(u); print(u, t.sample(range(5), 5), t.getrandbits(70), t.randrange(3, 30, 3))
print(t.uniform(0, 1), t.gauss(), t.expovariate(3), t.choices('xy', k=4))
