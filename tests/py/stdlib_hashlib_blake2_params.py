# hashlib.blake2b / blake2s with non-default parameters (digest_size, key,
# salt, person, tree hashing), through the constructors and hashlib.new.
import hashlib, hmac

for ctor in (hashlib.blake2b, hashlib.blake2s):
    print(ctor(b"abc").hexdigest())
    print(ctor(b"abc", digest_size=16).hexdigest())
    print(ctor(b"message", key=b"secret key").hexdigest())
    print(ctor(b"", key=b"k", digest_size=8).hexdigest())
    h = ctor(digest_size=20, salt=b"salt", person=b"me")
    for i in range(40):
        h.update(bytes(range(i)))
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name, c.digest()[:4])
    print(ctor(b"x" * 1000, fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1,
               inner_size=32, last_node=True).hexdigest())
    for data_len in (0, 1, 63, 64, 65, 127, 128, 129, 256, 257):
        print(data_len, ctor(bytes(data_len), key=b"K" * 7, digest_size=12).hexdigest())
    for bad in (dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65),
                dict(salt=b"s" * 17), dict(person=b"p" * 17), dict(fanout=256),
                dict(depth=0), dict(node_depth=256)):
        try:
            ctor(**bad)
            print("accepted", bad)
        except ValueError as e:
            print("ValueError", bad)

print(hashlib.new("blake2b", b"abc", digest_size=32).hexdigest())
print(hashlib.new("blake2s", b"abc", key=b"key").hexdigest())
print(hashlib.blake2b(b"data", digest_size=32).hexdigest() == hashlib.new("blake2b", b"data", digest_size=32).hexdigest())
print(hashlib.blake2b(b"pw", salt=b"NaCl", person=b"app").digest().hex()[:32])
try:
    hashlib.blake2b("text", key=b"k")
except TypeError as e:
    print("TypeError", e)
