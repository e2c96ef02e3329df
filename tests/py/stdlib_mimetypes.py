# mimetypes: a private MimeTypes database (the built-in tables only, so the
# output does not depend on the machine's /etc/mime.types) and the module API.
import io
import os
import tempfile
import mimetypes

db = mimetypes.MimeTypes()
for name in ['a.txt', 'A.TXT', 'x.html', 'pic.jpeg', 'pic.JPG', 'doc.pdf',
             'arch.tar.gz', 'arch.tgz', 'x.tar.Z', 'x.tar.bz2', 'x.tbz2',
             'x.txz', 'noext', 'dir.d/noext', 'x.unknownext', 'img.svgz',
             'http://example.com/index.html', 'http://example.com/a.py?q=1',
             'data:text/html;base64,AAA', 'data:,hello', 'data:foo=bar,x',
             'data:nocomma', 'song.mp3', 'x.json', 'x.js', 'x.rtf', 'x.webp',
             'x.mid', 'x.xul', 'x.css', 'x.csv', 'x.py', 'x.c', 'x.zip', 'x.wasm']:
    print(name, db.guess_type(name), db.guess_type(name, strict=False))

for t in ['text/plain', 'TEXT/HTML', 'image/jpeg', 'application/octet-stream',
          'audio/midi', 'image/jpg', 'application/json', 'video/mp4', 'no/such',
          'application/javascript', 'text/x-python', 'image/svg+xml']:
    print(t, db.guess_extension(t), db.guess_all_extensions(t),
          db.guess_extension(t, strict=False), db.guess_all_extensions(t, strict=False))

db.add_type('application/x-coil', '.coil')
db.add_type('application/x-coil', '.coil2')
db.add_type('application/x-coil', '.coil')
db.add_type('text/x-loose', '.loose', strict=False)
print(db.guess_type('prog.coil'), db.guess_all_extensions('application/x-coil'))
print(db.guess_type('a.loose'), db.guess_type('a.loose', False))

db.readfp(io.StringIO("# comment line\n\napplication/x-foo foo fooz # trailing comment ignored\n"
                      "text/x-bar bar\n"))
print(db.guess_type('f.fooz'), db.guess_extension('application/x-foo'), db.guess_type('q.bar'))
print(db.guess_type(os.path.join('some', 'dir', 'file.foo')))

d = tempfile.mkdtemp()
p = os.path.join(d, 'my.types')
with open(p, 'w') as f:
    f.write("application/x-zzz zzz zz\n#x\n")
m = mimetypes.read_mime_types(p)
print(m['.zzz'], m['.zz'], m['.txt'])
print(mimetypes.read_mime_types(os.path.join(d, 'missing')))
db2 = mimetypes.MimeTypes([p])
print(db2.guess_type('a.zz'))
os.remove(p)
os.rmdir(d)

print(mimetypes.guess_type('index.html'), mimetypes.guess_type('x.tar.gz'))
print(mimetypes.guess_extension('application/pdf'))
print(mimetypes.inited, type(mimetypes.types_map).__name__, mimetypes.types_map['.html'])
print(mimetypes.suffix_map['.tgz'], mimetypes.encodings_map['.gz'], mimetypes.common_types['.jpg'])
mimetypes.add_type('application/x-mine', '.mine')
print(mimetypes.guess_type('a.mine'))
print(sorted(mimetypes.__all__))
print(mimetypes.guess_type(__import__('pathlib').PurePosixPath('a/b.png')))
print(len(mimetypes.MimeTypes().types_map[True]) >= 140)
