"""quopri for coil: quoted-printable encoding and decoding (RFC 1521),
as CPython 3.11's module. Written for coil."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode bytes as quoted-printable in one pass, as binascii.b2a_qp
    (which CPython's encode and encodestring use): lines of at most 76
    characters, an escape never split by a soft line break, whitespace
    before a line end and a lone '.' line protected."""
    n = len(data)
    nl = data.find(b'\n')
    crlf = nl > 0 and data[nl - 1] == 0x0D
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 0x3D or (header and c == 0x5F)
                or (c == 0x2E and linelen == 0 and nxt in (None, 0x0A, 0x0D, 0))
                or (not istext and c in (0x0D, 0x0A))
                or (c in (0x09, 0x20) and i + 1 == n)
                or (c < 33 and c not in (0x0D, 0x0A)
                    and (quotetabs or c not in (0x09, 0x20)))):
            if linelen + 3 >= MAXLINESIZE:
                out += b'=\n'
                linelen = 0
            out += quote(bytes((c,)))
            linelen += 3
            i += 1
        elif istext and (c == 0x0A or (c == 0x0D and nxt == 0x0A)):
            linelen = 0
            if out and out[-1] in (0x20, 0x09):
                out[-1:] = quote(bytes((out[-1],)))
            out += b'\r\n' if crlf else b'\n'
            i += 2 if c == 0x0D else 1
        else:
            if i + 1 != n and nxt != 0x0A and linelen + 1 >= MAXLINESIZE:
                out += b'=\n'
                linelen = 0
            linelen += 1
            out.append(0x5F if header and c == 0x20 else c)
            i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """Decode quoted-printable bytes in one pass, as binascii.a2b_qp
    (which CPython's decode and decodestring use): whitespace before a line
    end is kept, '=' before a line end is a soft break, '=' not followed by
    two hex digits stays as it is."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x3D:   # '='
            i += 1
            if i >= n:
                break
            nxt = data[i]
            if nxt == 0x0A or nxt == 0x0D:
                while i < n and data[i] != 0x0A:
                    i += 1
                if i < n:
                    i += 1
            elif nxt == 0x3D:
                out.append(0x3D)
                i += 1
            elif i + 1 < n and ishex(data[i:i + 1]) and ishex(data[i + 1:i + 2]):
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(0x3D)
        elif header and c == 0x5F:   # '_'
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as =XX."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    assert isinstance(c, bytes) and len(c) == 1
    v = ord(c)
    return ESCAPE + bytes((HEX[v // 16], HEX[v % 16]))


def _write(output, s, line_end=b'\n'):
    # A trailing space or tab would be lost in transport: quote it. A line
    # of a single '.' would end an SMTP message: quote it too.
    if s and s[-1:] in b' \t':
        output.write(s[:-1] + quote(s[-1:]) + line_end)
    elif s == b'.':
        output.write(quote(s) + line_end)
    else:
        output.write(s + line_end)


def encode(input, output, quotetabs, header=False):
    """Read binary file input, write its quoted-printable form to output."""
    if b2a_qp is not None:
        output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))
        return
    prevline = None
    while True:
        line = input.readline()
        if not line:
            break
        stripped = b''
        if line[-1:] == b'\n':
            line = line[:-1]
            stripped = b'\n'
        pieces = []
        for byte in line:
            c = bytes((byte,))
            if needsquoting(c, quotetabs, header):
                c = quote(c)
            if header and c == b' ':
                pieces.append(b'_')
            else:
                pieces.append(c)
        if prevline is not None:
            _write(output, prevline)
        thisline = EMPTYSTRING.join(pieces)
        while len(thisline) > MAXLINESIZE:
            # Soft line break: '=' at the end of a line is removed on decoding.
            _write(output, thisline[:MAXLINESIZE - 1], b'=\n')
            thisline = thisline[MAXLINESIZE - 1:]
        prevline = thisline
    if prevline is not None:
        _write(output, prevline, stripped)


def encodestring(s, quotetabs=False, header=False):
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    encode(infp, outfp, quotetabs, header)
    return outfp.getvalue()


def ishex(c):
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    return int(s, 16)


def decode(input, output, header=False):
    """Read quoted-printable binary file input, write the decoded bytes."""
    if a2b_qp is not None:
        output.write(a2b_qp(input.read(), header=header))
        return
    new = b''
    while True:
        line = input.readline()
        if not line:
            break
        i, n = 0, len(line)
        if n > 0 and line[n - 1:n] == b'\n':
            partial = False
            n -= 1
            while n > 0 and line[n - 1:n] in b" \t\r":
                n -= 1
        else:
            partial = True
        while i < n:
            c = line[i:i + 1]
            if c == b'_' and header:
                new += b' '
                i += 1
            elif c != ESCAPE:
                new += c
                i += 1
            elif i + 1 == n and not partial:
                partial = True
                break
            elif i + 1 < n and line[i + 1:i + 2] == ESCAPE:
                new += ESCAPE
                i += 2
            elif i + 2 < n and ishex(line[i + 1:i + 2]) and ishex(line[i + 2:i + 3]):
                new += bytes((unhex(line[i + 1:i + 3]),))
                i += 3
            else:
                new += c
                i += 1
        if not partial:
            output.write(new + b'\n')
            new = b''
    if new:
        output.write(new)


def decodestring(s, header=False):
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    decode(infp, outfp, header=header)
    return outfp.getvalue()
