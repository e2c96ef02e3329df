"""_codecs: the codec registry's core (coil's stand-in for CPython's C
module): register / lookup of search functions and the generic encode /
decode entry points. The codecs themselves live in codecs.py and
encodings written in Python; see there."""


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    import codecs
    return codecs._encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    import codecs
    return codecs._decode(obj, encoding, errors)
