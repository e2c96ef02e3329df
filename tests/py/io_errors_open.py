import os, io
d = '/tmp/_coil_io_err_%d' % os.getpid()
os.mkdir(d)
try:
    open(d + '/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == d + '/missing.txt', isinstance(e, OSError))
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(d + '/nodir/x.txt', 'w')
except OSError as e:
    print(type(e).__name__, e.errno)
for mode in ['rw', 'q', 'rbt', '', 'rr']:
    try:
        open(d + '/x', mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [{'encoding': 'utf-8'}, {'newline': ''}, {'errors': 'strict'}]:
    try:
        open(d + '/x', 'wb', **kw)
    except ValueError as e:
        print(e)
try:
    open(d + '/x', 'w', newline='x')
except ValueError as e:
    print(e)
try:
    open(d + '/x', 'w', encoding='no-such-codec')
except LookupError as e:
    print(e)
with open(d + '/x', 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
f = open(d + '/x')
f.close()
for op in [f.read, f.readline, lambda: f.write('a'), f.tell, lambda: next(f)]:
    try:
        op()
    except ValueError as e:
        print(e)
print(f.closed)
os.remove(d + '/x')
os.rmdir(d)
open('/tmp/_coil_surely_missing_dir/f')
