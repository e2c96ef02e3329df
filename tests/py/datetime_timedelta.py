from datetime import timedelta
import datetime

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

cases = [timedelta(), timedelta(1), timedelta(days=1, seconds=3600),
         timedelta(hours=-1), timedelta(microseconds=-1), timedelta(weeks=2, minutes=3),
         timedelta(seconds=86399, microseconds=999999), timedelta(days=-3, hours=5),
         timedelta(hours=1.5), timedelta(milliseconds=1.5), timedelta(microseconds=0.5),
         timedelta(microseconds=1.5), timedelta(days=0.1), timedelta(seconds=-0.000001),
         timedelta(minutes=-2.25), timedelta(days=2, seconds=-1)]
for t in cases:
    print(repr(t), '|', str(t), '|', t.days, t.seconds, t.microseconds, t.total_seconds(), bool(t))
a = timedelta(days=1, hours=2, microseconds=7)
b = timedelta(hours=5, seconds=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(b))
print(a * 3, 3 * a, a * 0.5, a * -1.25, a / 2, a / 3, a / 0.25, a // 7, a / b, a // b, a % b)
print(divmod(a, b), divmod(-a, b))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(a == timedelta(hours=26, microseconds=7), a != b, a < b, a > b, a <= a, b >= a)
print(a == 1, a != 'x')
err(lambda: a / 0)
err(lambda: a // 0)
err(lambda: timedelta(days=1000000000))
err(lambda: timedelta.max + timedelta(1))
err(lambda: timedelta(days='1'))
print(hash(a) == hash(timedelta(hours=26, microseconds=7)), hash(timedelta(0)) == hash(timedelta()))
print(len({a, timedelta(hours=26, microseconds=7), b}))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max))
print(sorted([a, b, timedelta(0), -b]))
print(sum([a, b, b], timedelta()))
print(isinstance(datetime.timedelta(1), timedelta))
class TD(timedelta):
    pass
print(repr(TD(1)).split('(')[1])
