"""Secure hashes and message digests: md5, sha1, the sha2 and sha3
families, shake, blake2, from OpenSSL's libcrypto (blake2 with a key, salt,
person, other digest size or tree parameters: _blake2_py).

coil's implementation of the standard `hashlib` module on its _hashlib
extension. Every constructor takes optional initial data and the
usedforsecurity keyword, as in CPython 3.11.
"""

import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
           "new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest")

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
                                   "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384",
                                   "sha3_512", "shake_128", "shake_256"))
algorithms_available = frozenset(_hashlib._algorithms)


def new(name, data=b"", **kwargs):
    """A new hash object for the named algorithm, fed data."""
    if kwargs and isinstance(name, str) and name.lower() in ("blake2b", "blake2s"):
        return (blake2b if name.lower() == "blake2b" else blake2s)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def _constructor(name):
    def make(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            if data != b"":
                raise TypeError("'data' and 'string' are mutually exclusive and support "
                                "for 'string' keyword parameter is slated for removal in a "
                                "future version.")
            data = string
        return _hashlib.new(name, data)
    make.__name__ = "openssl_" + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


def _blake2(name, full_size):
    def make(data=b"", *, digest_size=full_size, key=b"", salt=b"", person=b"", fanout=1,
             depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
             usedforsecurity=True):
        if (digest_size != full_size or key or salt or person or fanout != 1 or depth != 1
                or leaf_size or node_offset or node_depth or inner_size or last_node):
            # OpenSSL's digests have the default parameters only
            import _blake2_py
            return _blake2_py.blake2(name, data, digest_size, key, salt, person, fanout,
                                     depth, leaf_size, node_offset, node_depth, inner_size,
                                     last_node)
        return _hashlib.new(name, data)
    make.__name__ = name
    make.__qualname__ = name
    make.MAX_DIGEST_SIZE = full_size
    return make


blake2b = _blake2("blake2b", 64)
blake2s = _blake2("blake2s", 32)

pbkdf2_hmac = _hashlib.pbkdf2_hmac


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object of a binary file object's remaining contents."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, "readinto") or hasattr(fileobj, "read")):
        raise ValueError("%r is not a file-like object in binary reading mode." % (fileobj,))
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
