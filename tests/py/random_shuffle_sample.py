# randrange/randint/choice/shuffle/sample draw through _randbelow exactly as
# CPython's random.py, including sample's set/pool switch and counts.
import random
for seed in [0, 1, 42, 2**100, -5, "hello"]:
    random.seed(seed)
    l = list(range(20)); random.shuffle(l); print(l)
    t = ['a', 'b', 'c']; random.shuffle(t); print(t)
    print(random.sample(range(100), 10), random.sample(range(10**6), 7), random.sample(list('abcdefgh'), 8))
    print(random.sample(range(1000), 50)[:10], random.sample([1, 2, 3], k=3, counts=[2, 3, 1]))
    print(random.sample((1, 2, 3, 4), 2), random.sample('xyz', 0), random.sample(range(40), 6), random.sample(range(22), 21))
    print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice((7,)), random.choice(range(10, 1000, 7)))
    print(random.randrange(10), random.randrange(5, 100, 7), random.randrange(100, 5, -3), random.randrange(2**80),
          random.randrange(-10, 10), random.randrange(0, 2**70, 2**60 + 1), random.randrange(7, step=1))
    print(random.randint(-5, 5), random.randint(0, 0), random.randint(2**64, 2**65), random.randint(True, 3))
x = list(range(100)); random.seed(9); random.shuffle(x); print(x)
random.seed(3); print(random.sample(range(10**18), 3), random.sample(range(2**62), 2))
