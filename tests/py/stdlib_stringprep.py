# stringprep: the RFC 3454 tables (Unicode 3.2 based), checked over a
# sample of code points and on characters whose properties changed since.
import stringprep
import hashlib

preds = ['in_table_a1', 'in_table_b1', 'in_table_c11', 'in_table_c12', 'in_table_c11_c12',
         'in_table_c21', 'in_table_c22', 'in_table_c21_c22', 'in_table_c3', 'in_table_c4',
         'in_table_c5', 'in_table_c6', 'in_table_c7', 'in_table_c8', 'in_table_c9',
         'in_table_d1', 'in_table_d2']
sample = list(range(0, 0x3400, 3)) + list(range(0xa000, 0x10000, 11)) + \
    list(range(0x10000, 0x110000, 997)) + [0x200b, 0x180e, 0x1680, 0x3000, 0xfeff, 0x2060,
                                            0xe0001, 0xe0020, 0xfdd0, 0xfffe, 0x1fffe, 0xd800]
for name in preds:
    f = getattr(stringprep, name)
    hits = [c for c in sample if f(chr(c))]
    print(name, len(hits), hashlib.md5(repr(hits).encode()).hexdigest())

for name in ['map_table_b3', 'map_table_b2']:
    f = getattr(stringprep, name)
    out = [(c, f(chr(c))) for c in sample if f(chr(c)) != chr(c)]
    print(name, len(out), hashlib.md5(repr(out).encode()).hexdigest())

for ch in ['A', '\xdf', '\u0130', '\u03a3', '\u2160', '\u3371', '\u1e9e', '\u01c5', '\u1d2c',
           '\U0001f110', '\U0002f868', '\ufb01', '\u00b5', '\u0345']:
    print(ascii(ch), ascii(stringprep.map_table_b3(ch)), ascii(stringprep.map_table_b2(ch)))
for ch in ['\u200b', '\u180e', ' ', '\xa0', '\u05d0', '\u0627', 'a', '1', '\u0221', '\u0370',
           '\u00ad', '\u206a', '\U000e0001', '\ue000', '\U0010fffd', '\u2ff0']:
    print(ascii(ch), [n[9:] for n in preds if getattr(stringprep, n)(ch)])
