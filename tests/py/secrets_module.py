# secrets: token lengths and alphabets, randbelow / randbits / choice
# ranges, compare_digest.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)).__name__)
h = secrets.token_hex(8)
print(len(h), all(c in string.hexdigits.lower() for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
seen = {secrets.choice("abc") for _ in range(300)}
print(sorted(seen))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest(b"", b""))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.choice([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
r = secrets.SystemRandom()
x = r.random()
print(0.0 <= x < 1.0, 1 <= r.randint(1, 3) <= 3, sorted(r.sample(range(5), 5)), secrets.DEFAULT_ENTROPY)
print(len({secrets.token_hex(16) for _ in range(50)}))
