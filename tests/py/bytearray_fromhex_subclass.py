print(bytearray.fromhex('61 62 0a FF'), bytearray.fromhex(''), bytearray.fromhex('  00  '), bytearray(b'%d-%s') % (5, b'x'), bytearray(b'%x') % 255, type(bytearray(b'%d') % 1))
class B(bytearray): pass
b = B.fromhex('4142'); print(type(b).__name__, b, len(b), b + b'!', B(b'xy').upper())
for s in ['6', '6g', 'zz', '61 6', ' 6 1']:
    try: print(bytearray.fromhex(s))
    except ValueError as e: print('ValueError', e)
class B(bytearray):
    def first(self):
        return self[0]
b = B(b'xyz'); b.attr = 1
print(b.attr, b.first(), b, len(b), isinstance(b, bytearray), b == b'xyz', b + b'!', type(b.copy()).__name__)
b.append(33); b[0] = 65; print(b, b.upper(), list(b))
import gc; gc.collect()
