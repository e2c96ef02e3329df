import os, stat, random
import collections.abc as cabc
# os.environ is a MutableMapping
print(isinstance(os.environ, cabc.Mapping), isinstance(os.environ, cabc.MutableMapping))
os.environ['COIL_TEST_VAR'] = 'v1'
print(os.environ.get('COIL_TEST_VAR'), 'COIL_TEST_VAR' in os.environ)
del os.environ['COIL_TEST_VAR']
print(os.environ.get('COIL_TEST_VAR', 'gone'))
# os.stat_result as a sequence
st = os.stat('.')
print(len(st), st[stat.ST_MODE] == st.st_mode, st[0] == st.st_mode, st[6] == st.st_size, st[-1] == int(st.st_ctime))
print(stat.S_ISDIR(st[stat.ST_MODE]), st[stat.ST_MTIME] == int(st.st_mtime), st[1:3] == (st.st_ino, st.st_dev))
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(mode == st.st_mode, size == st.st_size, type(atime).__name__, tuple(st)[4] == st.st_uid)
print(st.st_mtime_ns // 10**9 == int(st.st_mtime), st.st_atime_ns >= 0, st.st_ctime_ns >= 0, st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev >= 0)
try: st[10]
except IndexError as e: print('IndexError', e)
# random.SystemRandom
r = random.SystemRandom()
print(isinstance(r, random.Random), type(r).__name__)
vals = [r.random() for _ in range(200)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 190)
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(100)), r.choice('abc') in 'abc', sorted(r.sample(range(10), 10)) == list(range(10)))
print(r.getrandbits(0), 0 <= r.getrandbits(100) < 2**100, r.randrange(5, 6), len(r.randbytes(16)))
x = list(range(20)); r.shuffle(x); print(sorted(x) == list(range(20)))
print(r.seed(42))
for name in ('getstate', 'setstate'):
    try: getattr(r, name)() if name == 'getstate' else r.setstate(None)
    except NotImplementedError as e: print(name, 'NotImplementedError', e)
class MySys(random.SystemRandom): pass
print(0 <= MySys().uniform(2, 3) <= 3, repr(r).startswith('<random.SystemRandom object at'))
# the ordinary generator is untouched
random.seed(7); a = [random.random() for _ in range(3)]
random.seed(7); print(a == [random.random() for _ in range(3)], random.Random(5).randint(1, 100))
