# Single-byte charmap codecs (iso8859-x, cp125x, DOS code pages, koi8,
# mac): lookup by name and alias, round trips, errors, incremental and
# stream use, and text files opened with them.
import codecs
import io
import os
import tempfile

names = ['iso-8859-15', 'ISO8859-15', 'latin9', 'l9', 'iso_8859_15', 'iso8859_2', 'latin2',
         'iso-8859-5', 'cyrillic', 'iso-8859-7', 'greek', 'iso-8859-8', 'hebrew',
         'iso-8859-9', 'latin5', 'cp1250', 'windows-1250', 'cp1251', 'windows_1251',
         'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258', 'cp437', 'IBM437', '437',
         'cp850', 'cp852', 'cp866', 'koi8-r', 'KOI8_U', 'mac-roman', 'macintosh',
         'mac_cyrillic', 'tis-620', 'cp874', 'iso8859_16', 'latin10', 'cp1125', 'cp1252',
         'windows-1252', 'iso-8859-11', 'thai', 'hp-roman8', 'iso8859.15']
for n in names:
    try:
        info = codecs.lookup(n)
    except LookupError as ex:
        print(n, 'LookupError', ex)
        continue
    all_bytes = bytes(range(256))
    text = all_bytes.decode(n, 'replace')
    back = text.encode(n, 'replace')
    defined = [b for b in range(256) if text[b] != '\ufffd']
    print(n, info.name, len(defined), ascii(text[0x80:]), back == bytes(
        b if text[b] != '\ufffd' else 0x3f for b in range(256)))

s = 'Caf\xe9 \u20ac \u0160\u017e \u0152\u0153 \u0178'
for n in ['iso-8859-15', 'cp1252', 'iso-8859-1', 'cp1250']:
    print(n, s.encode(n, 'replace'), s.encode(n, 'xmlcharrefreplace'))
try:
    '\u20ac'.encode('iso-8859-2')
except UnicodeEncodeError as ex:
    print('UnicodeEncodeError', ex)
try:
    b'a\xa1b'.decode('iso-8859-3')
except UnicodeDecodeError as ex:
    print('UnicodeDecodeError', ex)
print(b'a\xa5b'.decode('iso-8859-3', 'ignore'), b'a\xa5b'.decode('iso-8859-3', 'backslashreplace'))
print('\u041f\u0440\u0438\u0432\u0435\u0442'.encode('koi8-r'), b'\xf0\xd2\xc9\xd7\xc5\xd4'.decode('koi8-r'))
print('\u041f\u0440\u0438\u0432\u0435\u0442'.encode('cp1251'), '\u2500\u2502\u2588'.encode('cp437'))
print(codecs.encode('\u20ac5', 'iso8859_15'), codecs.decode(b'\xa45', 'iso8859_15'))

dec = codecs.getincrementaldecoder('cp1251')()
print(dec.decode(b'\xcf\xf0'), dec.decode(b'\xe8', final=True))
enc = codecs.getincrementalencoder('iso-8859-7')()
print(enc.encode('\u0391\u03b2'), enc.encode('\u03b3', final=True))

buf = io.BytesIO()
w = codecs.getwriter('mac-roman')(buf)
w.write('\xe9t\xe9 \u2122')
print(buf.getvalue())
r = codecs.getreader('mac-roman')(io.BytesIO(buf.getvalue()))
print(r.read())

d = tempfile.mkdtemp()
p = os.path.join(d, 't.txt')
with open(p, 'w', encoding='iso-8859-15') as f:
    f.write('\u20ac100 \u0153uvre\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin9') as f:
    print(f.encoding, f.mode, f.name == p, f.readable(), f.writable())
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(ascii(f.read()))
with codecs.open(p, 'r', 'iso8859-15') as f:
    print(f.read())
os.remove(p)
os.rmdir(d)

# text files in other codecs than the C file type's utf-8/latin-1/ascii
d = tempfile.mkdtemp()
p = os.path.join(d, 'u.txt')
with open(p, 'w', encoding='utf-16') as f:
    f.write('h\xe9llo\nw\u20acrld\n')
    print(f.encoding, f.mode, f.writable())
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-16') as f:
    print(f.readline(), list(f))
with open(p, 'a', encoding='utf-16-le') as f:
    f.write('!')
with open(p, 'rb') as f:
    print(f.read()[-4:])
with open(p, 'w', encoding='cp1252', errors='replace', newline='\r\n') as f:
    f.write('a\u0100b\nc\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='cp437', newline='') as f:
    print(repr(f.read()))
try:
    open(p, 'w', encoding='no-such-codec')
except LookupError as ex:
    print('LookupError', ex)
with open(p, 'rb') as f:
    print(f.read())
try:
    open(os.path.join(d, 'missing'), encoding='cp1252')
except FileNotFoundError as ex:
    print('FileNotFoundError', ex.errno)
os.remove(p)
os.rmdir(d)
