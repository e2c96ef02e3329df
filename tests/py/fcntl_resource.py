import fcntl
import grp
import os
import pwd
import resource
import tempfile

# fcntl
print(fcntl.F_GETFD, fcntl.F_SETFD, fcntl.FD_CLOEXEC, fcntl.F_GETFL, fcntl.F_SETFL, fcntl.F_DUPFD,
      fcntl.F_DUPFD_CLOEXEC, fcntl.F_GETLK, fcntl.F_SETLK, fcntl.F_SETLKW, fcntl.F_RDLCK, fcntl.F_WRLCK,
      fcntl.F_UNLCK, fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETPIPE_SZ,
      fcntl.F_SETPIPE_SZ, fcntl.F_GETOWN, fcntl.F_SETOWN)
r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, 0)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, os.get_inheritable(r))
fl = fcntl.fcntl(w, fcntl.F_GETFL)
print(fl & os.O_NONBLOCK, fl & 3 == os.O_WRONLY)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(os.get_blocking(w))
d = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 100)
print(d >= 100, os.get_inheritable(d))
os.close(d)


class HasFileno:
    def fileno(self):
        return r


print(fcntl.fcntl(HasFileno(), fcntl.F_GETFD))
print(fcntl.fcntl(r, fcntl.F_GETFD, b"\0" * 8))
try:
    fcntl.fcntl(-1, fcntl.F_GETFD)
except ValueError as e:
    print("ValueError", e)
try:
    fcntl.fcntl(12345, fcntl.F_GETFD)
except OSError as e:
    print("OSError", e.errno)
try:
    fcntl.fcntl("x", fcntl.F_GETFD)
except TypeError as e:
    print("TypeError", e)
os.close(r)
os.close(w)

fd, path = tempfile.mkstemp()
fcntl.flock(fd, fcntl.LOCK_EX)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_EX)
fcntl.lockf(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_SH, 10, 0, 0)
print("locks ok")
try:
    fcntl.lockf(fd, 0)
except ValueError as e:
    print("ValueError", e)
with open(path, "rb") as f:
    fcntl.flock(f, fcntl.LOCK_SH)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
os.close(fd)
os.remove(path)

# pwd / grp: root exists on every POSIX system
root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root))
print(pwd.getpwnam("root") == root, isinstance(root, tuple), root.n_fields)
print(repr(pwd.struct_passwd(("a", "b", 1, 2, "c", "/d", "/e"))))
print(any(p.pw_uid == 0 for p in pwd.getpwall()))
try:
    pwd.getpwnam("no-such-user-coil")
except KeyError as e:
    print("KeyError", e)
try:
    pwd.getpwuid(4000000000)
except KeyError as e:
    print("KeyError", e)
g = grp.getgrgid(0)
print(type(g).__name__, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam(g.gr_name) == g)
print(any(x.gr_gid == 0 for x in grp.getgrall()))
try:
    grp.getgrnam("no-such-group-coil")
except KeyError as e:
    print("KeyError", e)
try:
    grp.getgrgid(4000000001)
except KeyError as e:
    print("KeyError", e)
try:
    pwd.struct_passwd((1, 2))
except TypeError as e:
    print("TypeError", e)

# resource
print(resource.RLIM_INFINITY, resource.RLIMIT_NOFILE, resource.RLIMIT_CPU, resource.RLIMIT_AS,
      resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.error is OSError)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft > 0, hard == resource.RLIM_INFINITY or hard >= soft)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 256), hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] == min(soft, 256))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
c_soft, c_hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, c_hard))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
try:
    resource.getrlimit(999)
except ValueError as e:
    print("ValueError", e)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, len(ru), ru.ru_utime >= 0, ru.ru_maxrss > 0, ru[0] == ru.ru_utime,
      type(ru.ru_stime).__name__, type(ru.ru_minflt).__name__)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime >= 0)
try:
    resource.getrusage(42)
except ValueError as e:
    print("ValueError", e)
print(resource.getpagesize() == os.sysconf("SC_PAGESIZE") if hasattr(os, "sysconf") else resource.getpagesize() > 0)
