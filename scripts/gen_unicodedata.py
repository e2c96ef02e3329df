#!/usr/bin/env python3
"""Writes vm/modules/unicodedata.ucd, the character database coil's
unicodedata module (vm/modules/unicodedata.c) reads, from the Unicode
Character Database as the running Python exposes it.

Run it with CPython 3.11 (Unicode 14.0.0, the version coil's unicodedata
reports) whenever the format below changes:

    python3.11 scripts/gen_unicodedata.py vm/modules/unicodedata.ucd

The file is zlib-compressed (the module inflates it at its first import);
inflated, it is a sequence of little-endian sections:

    "UCD1", then unidata_version ("14.0.0") NUL-padded to 8 bytes
    strings: u8 count, then count NUL-terminated names   (categories)
    strings                                              (bidirectional classes)
    strings                                              (east asian widths)
    records: varint count, then per record u8 category, u8 bidi,
             u8 combining, u8 east_asian_width, u8 mirrored
Then five tables of code points in increasing order, each a varint count
and per entry the varint distance from the previous entry's code point
(from 0 for the first) followed by the entry's data:
    runs:    varint record (the run lasts until the next run's start)
    decompositions: u8 len, len bytes (the decomposition() string, e.g.
             "<compat> 0020 0308")
    numerics: i8 decimal, i8 digit (-1: none), u8 len, len bytes (the
             numeric value as "n" or "n/d")
    exclusions: nothing (code points whose canonical decomposition does
             not recompose in NFC: full composition exclusions)
    names:   u8 len, len bytes (names not derived from the code point)
and the derived names: varint count, then per range varint first,
varint last, u8 len, prefix (name = prefix + "%04X" % cp).
Last the aliases and named sequences lookup() knows: varint count, then
per entry u8 len, the name, varint n and n varint code points.
Varints are LEB128 (7 bits per byte, low first, high bit = more).
Hangul syllable names are computed by the module.
"""
import glob
import re
import struct
import sys
import unicodedata as u
import zlib


def main(out):
    cats, bidis, eaws = [], [], []

    def idx(lst, v):
        if v not in lst:
            lst.append(v)
        return lst.index(v)

    records, rec_index = [], {}
    runs = []
    decomps, numerics, names, exclusions = [], [], [], []
    derived = []
    derived_re = re.compile(r"^(CJK UNIFIED IDEOGRAPH-|CJK COMPATIBILITY IDEOGRAPH-|TANGUT IDEOGRAPH-|"
                            r"KHITAN SMALL SCRIPT CHARACTER-|NUSHU CHARACTER-)([0-9A-F]+)$")
    prev = None
    for cp in range(0x110000):
        c = chr(cp)
        rec = (idx(cats, u.category(c)), idx(bidis, u.bidirectional(c)), u.combining(c),
               idx(eaws, u.east_asian_width(c)), u.mirrored(c))
        if rec not in rec_index:
            rec_index[rec] = len(records)
            records.append(rec)
        r = rec_index[rec]
        if r != prev:
            runs.append((cp, r))
            prev = r
        d = u.decomposition(c)
        if d:
            decomps.append((cp, d.encode("ascii")))
            if not d.startswith("<"):
                full = u.normalize("NFD", c)
                if u.normalize("NFC", full) != c:
                    exclusions.append(cp)
        n = u.numeric(c, None)
        if n is not None:
            dec = u.decimal(c, -1)
            dig = u.digit(c, -1)
            # the exact rational from the float: denominators are small
            from fractions import Fraction
            fr = Fraction(n).limit_denominator(100000)
            assert float(fr) == n, (cp, n)
            s = str(fr.numerator) if fr.denominator == 1 else "%d/%d" % (fr.numerator, fr.denominator)
            numerics.append((cp, dec, dig, s.encode("ascii")))
        name = u.name(c, None)
        if name is None:
            continue
        if 0xAC00 <= cp <= 0xD7A3:
            continue
        m = derived_re.match(name)
        if m and int(m.group(2), 16) == cp:
            prefix = m.group(1)
            if derived and derived[-1][2] == prefix and derived[-1][1] == cp - 1:
                derived[-1][1] = cp
            else:
                derived.append([cp, cp, prefix])
            continue
        names.append((cp, name.encode("ascii")))

    def strings(lst):
        b = struct.pack("<B", len(lst))
        for s in lst:
            b += s.encode("ascii") + b"\0"
        return b

    def varint(n):
        b = bytearray()
        while True:
            if n < 0x80:
                b.append(n)
                return bytes(b)
            b.append((n & 0x7F) | 0x80)
            n >>= 7

    def deltas(entries):
        """count, then per entry the code point's distance from the previous one"""
        b = bytearray(varint(len(entries)))
        last = 0
        for cp, payload in entries:
            b += varint(cp - last) + payload
            last = cp
        return bytes(b)

    blob = bytearray(b"UCD1")
    blob += u.unidata_version.encode("ascii").ljust(8, b"\0")
    blob += strings(cats) + strings(bidis) + strings(eaws)
    blob += varint(len(records))
    for rec in records:
        blob += struct.pack("<BBBBB", *rec)
    blob += deltas([(cp, varint(r)) for cp, r in runs])
    blob += deltas([(cp, bytes([len(d)]) + d) for cp, d in decomps])
    blob += deltas([(cp, struct.pack("<bbB", dec, dig, len(s)) + s) for cp, dec, dig, s in numerics])
    blob += deltas([(cp, b"") for cp in exclusions])
    blob += deltas([(cp, bytes([len(n)]) + n) for cp, n in names])
    blob += varint(len(derived))
    for first, last, prefix in derived:
        p = prefix.encode("ascii")
        blob += varint(first) + varint(last) + bytes([len(p)]) + p
    # name aliases and named sequences: candidates from perl's copy of the
    # UCD (Name.pl, NamedSequences.txt), kept when this Python's lookup()
    # resolves them to something other than a character's own name
    cands = set()
    for path in glob.glob("/usr/share/perl/*/unicore/Name.pl"):
        text = open(path, encoding="ascii", errors="replace").read()
        for m in re.finditer(r"^[0-9A-F]{4,6}(?: [0-9A-F]{4,6})*\n([A-Z0-9 ()-]+)$", text, re.M):
            cands.add(m.group(1))
    for path in glob.glob("/usr/share/perl/*/unicore/NamedSequences.txt"):
        for line in open(path, encoding="ascii", errors="replace"):
            if line.strip() and not line.startswith("#"):
                cands.add(line.split(";")[0].strip())
    aliases = []
    for name in sorted(cands):
        try:
            r = u.lookup(name)
        except KeyError:
            continue
        if len(r) == 1 and u.name(r, None) == name:
            continue
        aliases.append((name, r))
    blob += varint(len(aliases))
    for name, r in aliases:
        n = name.encode("ascii")
        blob += bytes([len(n)]) + n + varint(len(r)) + b"".join(varint(ord(c)) for c in r)
    with open(out, "wb") as f:
        f.write(zlib.compress(bytes(blob), 9))
    print("%s: %d bytes (%d inflated); %d runs, %d records, %d names, %d decompositions, %d numerics, "
          "%d aliases/sequences" % (out, len(zlib.compress(bytes(blob), 9)), len(blob), len(runs), len(records),
                                    len(names), len(decomps), len(numerics), len(aliases)))


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_unicodedata.py: run it with CPython 3.11 (Unicode 14.0.0)")
    main(sys.argv[1] if len(sys.argv) > 1 else "vm/modules/unicodedata.ucd")
