"""codecs (placeholder, expanded below)."""
from _codecs import encode, decode


def _encode(obj, encoding, errors):
    return obj.encode(encoding, errors)


def _decode(obj, encoding, errors):
    return obj.decode(encoding, errors)
