"""secrets: cryptographically strong random numbers for secrets such as
account authentication, tokens (coil's version of CPython 3.11's module;
the randomness is os.urandom)."""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

import base64
import os
from hmac import compare_digest

try:
    from random import SystemRandom
except ImportError:
    SystemRandom = None

if SystemRandom is None:
    class SystemRandom:
        """Random numbers from os.urandom (random.SystemRandom's
        interface)."""

        def seed(self, *args, **kwds):
            return None

        def getstate(self, *args, **kwds):
            raise NotImplementedError('System entropy source does not have state.')

        setstate = getstate

        def random(self):
            return (int.from_bytes(os.urandom(7)) >> 3) * (2.0 ** -53)

        def getrandbits(self, k):
            if k < 0:
                raise ValueError('number of bits must be non-negative')
            numbytes = (k + 7) // 8
            x = int.from_bytes(os.urandom(numbytes))
            return x >> (numbytes * 8 - k)

        def randbytes(self, n):
            return os.urandom(n)

        def _randbelow(self, n):
            k = n.bit_length()
            r = self.getrandbits(k)
            while r >= n:
                r = self.getrandbits(k)
            return r

        def randrange(self, start, stop=None, step=1):
            if stop is None:
                if start > 0:
                    return self._randbelow(start)
                raise ValueError("empty range for randrange()")
            width = stop - start
            if step == 1:
                if width > 0:
                    return start + self._randbelow(width)
                raise ValueError("empty range for randrange() (%d, %d, %d)" % (start, stop, width))
            if step > 0:
                n = (width + step - 1) // step
            elif step < 0:
                n = (width + step + 1) // step
            else:
                raise ValueError("zero step for randrange()")
            if n <= 0:
                raise ValueError("empty range for randrange()")
            return start + step * self._randbelow(n)

        def randint(self, a, b):
            return self.randrange(a, b + 1)

        def choice(self, seq):
            if not len(seq):
                raise IndexError('Cannot choose from an empty sequence')
            return seq[self._randbelow(len(seq))]

        def shuffle(self, x):
            for i in reversed(range(1, len(x))):
                j = self._randbelow(i + 1)
                x[i], x[j] = x[j], x[i]

        def sample(self, population, k):
            pool = list(population)
            n = len(pool)
            if not 0 <= k <= n:
                raise ValueError("Sample larger than population or is negative")
            result = []
            for i in range(k):
                j = self._randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            return result

        def uniform(self, a, b):
            return a + (b - a) * self.random()

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


DEFAULT_ENTROPY = 32   # bytes


def token_bytes(nbytes=None):
    """Return a random byte string containing nbytes bytes (32 by
    default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal (two digits per
    byte)."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
