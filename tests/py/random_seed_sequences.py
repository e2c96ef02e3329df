# The Mersenne Twister seeded from ints (any size, negative), floats, bools,
# str and bytes (SHA-512, version 2) reproduces CPython's sequences exactly.
import random
for seed in [0, 1, 42, 2**100, -5, "hello", b"x", 3.5, -2.25, True, "", b"", "h\u00e9llo w\u00f6rld" * 20,
             2**64 - 1, 2**32, 2**32 - 1, -(2**200 + 17), 10**400, "\U0001f600", b"\x00" * 300]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), [random.randint(1, 100) for _ in range(20)])
    print(random.getrandbits(100), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33),
          random.getrandbits(64), random.getrandbits(65), random.getrandbits(0), random.getrandbits(1000))
    print(random.randbytes(7), random.randbytes(0), random.randbytes(9))
random.seed("abc", version=1); print(random.random())
random.seed(b"abc", version=1); print(random.random())
random.seed("", version=1); print(random.random())
random.seed(5, version=1); print(random.random())
random.seed(None); x = random.random(); print(0.0 <= x < 1.0)
random.seed(); print(0.0 <= random.random() < 1.0)
print(random.Random("abc").random(), random.Random(b"abc").random(), random.Random(x=12).random())
