import os, os.path
from os import path as p2
print(os.sep, repr(os.linesep), os.name, os.path is p2, os.curdir, os.pardir)
d = '/tmp/_coil_os_test_%d' % os.getpid()
os.makedirs(d + '/sub/deep') if hasattr(os, 'makedirs') else None
os.mkdir(d + '/x')
with open(d + '/f.txt', 'w') as f:
    f.write('hello')
print(sorted(os.listdir(d)))
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d + '/f.txt'), os.path.isfile(d), os.path.getsize(d + '/f.txt'))
st = os.stat(d + '/f.txt')
print(st.st_size, type(st.st_mtime).__name__, st.st_mtime > 0)
os.rename(d + '/f.txt', d + '/g.txt')
print(sorted(os.listdir(d)))
old = os.getcwd()
os.chdir(d)
print(os.getcwd() == d, os.path.abspath('g.txt') == d + '/g.txt', os.path.exists('g.txt'))
os.chdir(old)
os.remove(d + '/g.txt')
os.rmdir(d + '/x')
try:
    os.remove(d + '/nope')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
try:
    os.mkdir(d)
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    os.rmdir(d + '/missing')
except OSError as e:
    print(type(e).__name__)
try:
    os.listdir(d + '/missing')
except FileNotFoundError as e:
    print('listdir', e.errno)
if hasattr(os, 'makedirs'):
    os.rmdir(d + '/sub/deep'); os.rmdir(d + '/sub')
os.rmdir(d)
print(os.path.exists(d))
print(os.path.join('a', 'b', 'c'), os.path.join('/a', '/b'), os.path.join('a/', 'b'), os.path.join('', 'x'))
print(os.path.basename('/a/b/c.txt'), os.path.dirname('/a/b/c.txt'), os.path.split('/a/b/'), os.path.split('c'))
print(os.path.splitext('a/b.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a.b/c'))
print(os.path.normpath('/a//b/./c/../d/'), os.path.normpath(''), os.path.normpath('../x/..'), os.path.normpath('//a'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['abc', 'abd']), os.path.relpath('/a/b/c', '/a/d'))
print(os.path.expanduser('~x'), os.path.expanduser('~/q') == os.environ['HOME'] + '/q')
print(type(os.environ).__name__ in ('dict', '_Environ'), os.getenv('COIL_SURELY_UNSET'), os.getenv('COIL_SURELY_UNSET', 'dflt'), os.getenv('HOME') == os.environ['HOME'])
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(2)).__name__)
print(os.path.join(b'a', b'b'), os.path.basename(b'/x/y'), os.fspath('p'))
