# shutil.make_archive / unpack_archive over zipfile and tarfile, and the
# archive/unpack format registries.
import os
import shutil
import tarfile
import tempfile
import zipfile

top = tempfile.mkdtemp()
src = os.path.join(top, 'src')
os.makedirs(os.path.join(src, 'pkg', 'sub'))
os.makedirs(os.path.join(src, 'empty'))
files = {'a.txt': 'alpha\n', 'pkg/b.py': 'print(1)\n', 'pkg/sub/c.bin': 'x' * 5000}
for rel, text in files.items():
    with open(os.path.join(src, *rel.split('/')), 'w') as f:
        f.write(text)

def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        for n in dirnames:
            out.append(os.path.normpath(os.path.join(rel, n)) + '/')
        for n in filenames:
            with open(os.path.join(dirpath, n)) as f:
                out.append((os.path.normpath(os.path.join(rel, n)), len(f.read())))
    return sorted(out, key=str)

print([f for f in shutil.get_archive_formats() if f[0] in ('zip', 'tar', 'gztar')])
print([f for f in shutil.get_unpack_formats() if f[0] in ('zip', 'tar', 'gztar')])

cwd = os.getcwd()
for fmt in ['zip', 'tar', 'gztar']:
    base = os.path.join(top, 'out', 'arch_' + fmt)
    name = shutil.make_archive(base, fmt, root_dir=src)
    print(fmt, os.path.relpath(name, top), os.getcwd() == cwd)
    if fmt == 'zip':
        with zipfile.ZipFile(name) as zf:
            print(sorted(zf.namelist()))
            print(zf.getinfo('pkg/sub/c.bin').compress_type == zipfile.ZIP_DEFLATED)
    else:
        with tarfile.open(name) as tf:
            print(sorted(tf.getnames()))
    dest = os.path.join(top, 'x_' + fmt)
    shutil.unpack_archive(name, dest)
    print(tree(dest))
    dest2 = os.path.join(top, 'y_' + fmt)
    shutil.unpack_archive(name, dest2, format=fmt)
    print(tree(dest2) == tree(dest))

# base_dir: only a subtree, named from root_dir
name = shutil.make_archive(os.path.join(top, 'only_pkg'), 'zip', root_dir=src, base_dir='pkg')
with zipfile.ZipFile(name) as zf:
    print(sorted(zf.namelist()))
name = shutil.make_archive(os.path.join(top, 'only_pkg'), 'tar', src, 'pkg')
with tarfile.open(name) as tf:
    print(sorted(tf.getnames()))

# without root_dir: the current directory
os.chdir(src)
name = shutil.make_archive(os.path.join(top, 'here'), 'gztar')
os.chdir(cwd)
print(os.path.basename(name))
with tarfile.open(name) as tf:
    print(sorted(tf.getnames()))
shutil.unpack_archive(name, os.path.join(top, 'here_x'), filter='data')
print(tree(os.path.join(top, 'here_x')))

# dry run writes nothing
name = shutil.make_archive(os.path.join(top, 'dry'), 'zip', src, dry_run=True)
print(os.path.basename(name), os.path.exists(name))

# errors
for call in [lambda: shutil.make_archive(os.path.join(top, 'bad'), 'rar', src),
             lambda: shutil.make_archive(os.path.join(top, 'bad'), 'zip',
                                         os.path.join(src, 'a.txt')),
             lambda: shutil.unpack_archive(os.path.join(top, 'nothing.rar')),
             lambda: shutil.unpack_archive(os.path.join(src, 'a.txt'), top, 'zip'),
             lambda: shutil.unpack_archive(os.path.join(src, 'a.txt'), top, 'tar'),
             lambda: shutil.unpack_archive(os.path.join(src, 'a.txt'), top, 'rar')]:
    try:
        call()
    except (ValueError, OSError) as ex:
        print(type(ex).__name__, str(ex).replace(top, 'TOP'))

# registries
def my_archiver(base_name, base_dir, **kw):
    print('my_archiver', os.path.basename(base_name), base_dir, sorted(kw))
    return base_name + '.my'
shutil.register_archive_format('mine', my_archiver, [('level', 3)], 'my format')
print(('mine', 'my format') in shutil.get_archive_formats())
print(os.path.basename(shutil.make_archive(os.path.join(top, 'm'), 'mine', src)))
shutil.unregister_archive_format('mine')
print(('mine', 'my format') in shutil.get_archive_formats())
for args in [('x', 42), ('x', my_archiver, 'notseq'), ('x', my_archiver, [('a',)])]:
    try:
        shutil.register_archive_format(*args)
    except TypeError as ex:
        print('TypeError', ex)

def my_unpacker(filename, extract_dir, **kw):
    print('my_unpacker', os.path.basename(filename), extract_dir == top, kw)
shutil.register_unpack_format('myfmt', ['.myz'], my_unpacker, [('opt', 1)], 'mine')
print(('myfmt', ['.myz'], 'mine') in shutil.get_unpack_formats())
shutil.unpack_archive(os.path.join(top, 'f.myz'), top)
try:
    shutil.register_unpack_format('other', ['.myz'], my_unpacker)
except shutil.RegistryError as ex:
    print('RegistryError', ex)
try:
    shutil.register_unpack_format('other', ['.oth'], 'nope')
except TypeError as ex:
    print('TypeError', ex)
shutil.unregister_unpack_format('myfmt')
print(issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception))

shutil.rmtree(top)
print(os.path.exists(top))
