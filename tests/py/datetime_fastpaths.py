# The C fast paths of datetime (timedelta(), date/datetime + timedelta,
# weekday(), toordinal(), isoformat(), now()) against their fallbacks:
# subclasses, range boundaries, negative and huge timedeltas, bad arguments.
import datetime as D
from datetime import date, datetime, timedelta, timezone

def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# timedelta construction: positional, keywords, mixed, negative, big
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((0, 0, 0, 1, 1, 1, 1), {}),
                 ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}), ((), {'hours': -25}),
                 ((), {'weeks': 3, 'days': -2, 'milliseconds': 1500}),
                 ((999999999,), {}), ((-999999999,), {}), ((1000000000,), {}),
                 ((-1000000000,), {}), ((999999999, 86399, 999999), {}),
                 ((999999999, 86400), {}),
                 ((), {'seconds': 2 ** 47}), ((), {'microseconds': -(2 ** 62)}),
                 ((1.5,), {}), ((0, 0.5), {}), ((True,), {}), ((), {'days': False}),
                                  (('1',), {}), ((), {'seconds': None}), ((1, 2), {'hours': 3, 'weeks': -1})]:
    show(lambda: timedelta(*args, **kw))
print(timedelta(-1, 1, 1), timedelta(seconds=-1), timedelta(microseconds=-1))
print(repr(timedelta(hours=-1, microseconds=5)), str(timedelta(days=-3, hours=5)))

class TD(timedelta):
    pass
show(lambda: TD(1, 2))
show(lambda: TD(days=1) + timedelta(1))

# date + timedelta
d = date(2020, 1, 1)
for n in [0, 1, 31, 59, 60, 365, 366, -1, -737424, -737425, 3652059 - 737425, 3652059 - 737424,
          10 ** 6]:
    show(lambda: d + timedelta(days=n))
    show(lambda: timedelta(days=n) + d)
show(lambda: d + timedelta(hours=23))
show(lambda: d + timedelta(hours=-1))
show(lambda: date(9999, 12, 31) + timedelta(1))
show(lambda: date(1, 1, 1) + timedelta(-1))
show(lambda: d.__add__(1))
# every day of a few years, leap and not, against a Python-side count
for y in (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999):
    start = date(y, 1, 1)
    n = 366 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 365
    months = []
    for i in range(n):
        x = start + timedelta(i)
        months.append(x.month)
        assert x.toordinal() == start.toordinal() + i
        assert x.weekday() == (start.weekday() + i) % 7
    print(y, [months.count(m) for m in range(1, 13)], start.weekday(), start.toordinal())

class MyDate(date):
    def toordinal(self):
        return 7
md = MyDate(2020, 5, 17)
show(lambda: md + timedelta(1))
show(lambda: md.weekday())
show(lambda: md.isoformat())
print(date(1, 1, 1).isoformat(), date(9999, 12, 31).isoformat(), str(date(33, 3, 3)))

# datetime + timedelta
dt = datetime(2020, 1, 1)
for td in [timedelta(seconds=37), timedelta(seconds=-37), timedelta(microseconds=1),
           timedelta(microseconds=-1), timedelta(days=3652058), timedelta(days=-737424),
           timedelta(days=-737425), timedelta.max, timedelta.min, timedelta(days=3000000),
           timedelta(days=2914634, seconds=86399, microseconds=999999)]:
    show(lambda: dt + td)
    show(lambda: td + dt)
    show(lambda: (dt + td).isoformat())
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min + timedelta(microseconds=-1))
aware = datetime(2020, 3, 4, 5, 6, 7, 8, tzinfo=timezone.utc)
show(lambda: aware + timedelta(hours=30))
show(lambda: (aware + timedelta(hours=30)).isoformat())
show(lambda: str(aware))
tz = timezone(timedelta(hours=-5), 'EST')
show(lambda: datetime(2020, 1, 1, tzinfo=tz) + timedelta(minutes=1))

class MyDT(datetime):
    def isoformat(self, sep='T', timespec='auto'):
        return 'mine'
m = MyDT(2020, 1, 2, 3, 4, 5)
show(lambda: m + timedelta(1))
show(lambda: m.isoformat())
show(lambda: str(m))
show(lambda: m.weekday())
show(lambda: datetime(2020, 1, 2, 3, 4, 5).isoformat())
show(lambda: datetime(2020, 1, 2, 3, 4, 5, 60).isoformat())
show(lambda: datetime(2020, 1, 2, 3, 4, 5, 60).isoformat(' '))
show(lambda: datetime(2020, 1, 2, 3, 4, 5).isoformat(timespec='hours'))
show(lambda: str(datetime(1, 1, 1)))
show(lambda: str(datetime(2020, 1, 2, 3, 4, 5, 999999)))
show(lambda: datetime(2020, 1, 2).isoformat(1))
show(lambda: datetime(2020, 1, 2, fold=1) + timedelta(0))
show(lambda: dt.__add__('x'))
show(lambda: datetime(2020, 2, 29).weekday())
show(lambda: datetime(2020, 2, 29).toordinal())

# now() / utcnow(): type, range, and agreement with time.time()
import time
for f in (datetime.now, datetime.utcnow):
    a = f()
    print(type(a).__name__, a.tzinfo, a.fold, 2000 < a.year < 3000)
t0 = time.time()
n = datetime.now()
u = datetime.utcnow()
print(abs((n - datetime.fromtimestamp(t0)).total_seconds()) < 5,
      abs((u - datetime.utcfromtimestamp(t0)).total_seconds()) < 5)
print(type(MyDT.now()).__name__, type(MyDT.utcnow()).__name__, datetime.now(timezone.utc).tzinfo)
hot = datetime(2020, 1, 1)
for i in range(3000):
    x = hot + timedelta(seconds=i * 37)
    x.day
    s = x.isoformat()
    w = (date(2020, 1, 1) + timedelta(days=i)).weekday()
print(s, w)
