import os
print('PATH' in os.environ, isinstance(os.environ.get('PATH'), str), os.environ.get('COIL_NOPE_X', 'none'))
print(os.getenv('COIL_NOPE_X') is None, os.getenv('PATH') == os.environ['PATH'])
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.devnull, repr(os.linesep), os.name)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
print(isinstance(os.cpu_count(), int))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.path.isdir(os.getcwd()), os.path.isabs(os.getcwd()))
print(os.strerror(2), os.fspath('abc'), os.fspath(b'x'))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
try:
    os.stat('/no/such/file/coil')
except FileNotFoundError as e:
    print(e.errno, e.filename)
print(issubclass(os.error, Exception), os.error is OSError)
