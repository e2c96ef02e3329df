"""The part of pyexpat that coil provides: the exception type raised by
xml.dom.minidom on malformed input (coil has no expat ParserCreate)."""


class ExpatError(Exception):
    """A parse failure: code, lineno (1-based) and offset (0-based column)."""
    code = None
    lineno = None
    offset = None


error = ExpatError
