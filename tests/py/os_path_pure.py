import os.path as op
import posixpath
print(op is posixpath)
for a in [('a', 'b'), ('/a', 'b', '/c', 'd'), ('a/', '/'), ('', ''), ('a', '')]:
    print(a, op.join(*a))
for p in ['/usr/lib/x.py', 'x.py', '/', '//a//b//', 'a/b/', '', '.hidden', 'a.b.c', '/a.d/b', '..']:
    print(repr(p), op.basename(p), op.dirname(p), op.split(p), op.splitext(p), op.normpath(p), op.isabs(p))
print(op.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), op.commonprefix([]), op.commonpath(['/a/b/c', '/a/b/d']))
print(op.relpath('/a/b', '/a/b'), op.relpath('/x/y', '/a/b'), op.normpath('a/../../b'), op.normpath('/../a'))
print(op.splitdrive('/x'), op.normcase('AbC'), op.sep, op.extsep, op.pardir)
print(op.join(b'/a', b'b'), op.splitext(b'f.txt'), op.normpath(b'/a/./b/'))
print(op.exists('/definitely/not/here'), op.isdir('/'), op.isfile('/'), op.getsize('/dev/null'))
