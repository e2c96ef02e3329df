"""BLAKE2b and BLAKE2s with every parameter of CPython's hashlib.blake2b /
blake2s (digest_size, key, salt, person, tree hashing): the cases OpenSSL's
fixed-size digests cannot do, in Python (RFC 7693 plus the BLAKE2 tree
parameter block)."""

_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)

# (word bits, rounds, block bytes, max digest/key bytes, salt/person bytes,
#  node_offset bytes, rotations, IV)
_B = (64, 12, 128, 64, 16, 8, (32, 24, 16, 63), (
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179))
_S = (32, 10, 64, 32, 8, 6, (16, 12, 8, 7), (
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19))


def _bytes_arg(v, what):
    if isinstance(v, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        return bytes(memoryview(v))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Blake2:
    def __init__(self, name, spec, data, digest_size, key, salt, person, fanout, depth,
                 leaf_size, node_offset, node_depth, inner_size, last_node):
        bits, rounds, block, maxout, saltlen, offlen, rot, iv = spec
        self.name = name
        self._spec = spec
        key = _bytes_arg(key, "key")
        salt = _bytes_arg(salt, "salt")
        person = _bytes_arg(person, "person")
        if not 1 <= digest_size <= maxout:
            raise ValueError("digest_size must be between 1 and %d bytes" % maxout)
        if len(key) > maxout:
            raise ValueError("maximum key length is %d bytes" % maxout)
        if len(salt) > saltlen:
            raise ValueError("maximum salt length is %d bytes" % saltlen)
        if len(person) > saltlen:
            raise ValueError("maximum person length is %d bytes" % saltlen)
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        if not 0 <= leaf_size <= 0xffffffff:
            raise OverflowError("leaf_size is too large") if leaf_size > 0 else \
                ValueError("leaf_size must be positive")
        if node_offset < 0 or node_offset >= 1 << (8 * offlen):
            raise OverflowError("node_offset is too large") if node_offset > 0 else \
                ValueError("node_offset must be positive")
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= maxout:
            raise ValueError("inner_size must be between 0 and is %d" % maxout)
        self.digest_size = digest_size
        self.block_size = block
        wb = bits // 8
        p = bytearray(8 * wb)
        p[0] = digest_size
        p[1] = len(key)
        p[2] = fanout
        p[3] = depth
        p[4:8] = leaf_size.to_bytes(4, "little")
        p[8:8 + offlen] = node_offset.to_bytes(offlen, "little")
        p[8 + offlen] = node_depth
        p[9 + offlen] = inner_size
        p[4 * wb:4 * wb + len(salt)] = salt
        p[6 * wb:6 * wb + len(person)] = person
        self._h = [iv[i] ^ int.from_bytes(p[i * wb:(i + 1) * wb], "little") for i in range(8)]
        self._t = 0
        self._buf = b""
        self._last_node = bool(last_node)
        if key:
            self._buf = key + bytes(block - len(key))
        if data:
            self.update(data)

    def _compress(self, block, last):
        bits, rounds, bsize, _, _, _, rot, iv = self._spec
        mask = (1 << bits) - 1
        wb = bits // 8
        r1, r2, r3, r4 = rot
        l1, l2, l3, l4 = bits - r1, bits - r2, bits - r3, bits - r4
        m = [int.from_bytes(block[i:i + wb], "little") for i in range(0, bsize, wb)]
        v = self._h + list(iv)
        v[12] ^= self._t & mask
        v[13] ^= self._t >> bits
        if last:
            v[14] ^= mask
            if self._last_node:
                v[15] ^= mask
        for r in range(rounds):
            s = _SIGMA[r % 10]
            for i, (a, b, c, d) in enumerate(((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14),
                                               (3, 7, 11, 15), (0, 5, 10, 15), (1, 6, 11, 12),
                                               (2, 7, 8, 13), (3, 4, 9, 14))):
                x = m[s[2 * i]]
                y = m[s[2 * i + 1]]
                va = (v[a] + v[b] + x) & mask
                vd = v[d] ^ va
                vd = ((vd >> r1) | (vd << l1)) & mask
                vc = (v[c] + vd) & mask
                vb = v[b] ^ vc
                vb = ((vb >> r2) | (vb << l2)) & mask
                va = (va + vb + y) & mask
                vd ^= va
                vd = ((vd >> r3) | (vd << l3)) & mask
                vc = (vc + vd) & mask
                vb ^= vc
                vb = ((vb >> r4) | (vb << l4)) & mask
                v[a] = va
                v[b] = vb
                v[c] = vc
                v[d] = vd
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data):
        data = _bytes_arg(data, "data")
        bsize = self.block_size
        buf = self._buf + data
        # the last block (even a full one) waits for digest()
        pos = 0
        while len(buf) - pos > bsize:
            self._t += bsize
            self._compress(buf[pos:pos + bsize], False)
            pos += bsize
        self._buf = buf[pos:]

    def copy(self):
        c = object.__new__(type(self))
        c.__dict__.update(self.__dict__)
        c._h = list(self._h)
        return c

    def digest(self):
        c = self.copy()
        buf = c._buf
        c._t += len(buf)
        c._compress(buf + bytes(self.block_size - len(buf)), True)
        wb = self._spec[0] // 8
        out = b"".join(w.to_bytes(wb, "little") for w in c._h)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<_blake2.%s object at %#x>" % (self.name, id(self))


class blake2b(_Blake2):
    pass


class blake2s(_Blake2):
    pass


def blake2(name, data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
           node_depth, inner_size, last_node):
    cls, spec = (blake2b, _B) if name == "blake2b" else (blake2s, _S)
    return cls(name, spec, data, digest_size, key, salt, person, fanout, depth, leaf_size,
               node_offset, node_depth, inner_size, last_node)
