# datetime's C strftime() and now() fast paths against the Python code they
# fall back to: every directive, odd formats, aware values, subclasses.
from datetime import date, datetime, timedelta, timezone, tzinfo

def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

ALL = ('%Y|%m|%d|%e|%H|%I|%M|%S|%f|%a|%A|%b|%h|%B|%j|%p|%y|%w|%u|%U|%W|'
       '%c|%x|%D|%X|%T|%F|%R|%%|%n|%t')
values = [date(2020, 5, 17), date(1, 1, 1), date(9999, 12, 31), date(999, 2, 3),
          date(2024, 12, 30), date(2021, 1, 3),
          datetime(2020, 5, 17, 3, 4, 5), datetime(2020, 5, 17, 12, 0, 0, 7),
          datetime(2020, 5, 17, 23, 59, 59, 999999), datetime(1, 1, 1),
          datetime(9999, 12, 31, 0, 0, 1), datetime(45, 7, 8, 13, 1, 2, 3)]
for v in values:
    print(repr(v))
    print(v.strftime(ALL))
    if v.year >= 1000:
        print(v.strftime('%C'))
    for fmt in ['', '%', 'x%', '%%%', '%Q%q%1', 'ä%Yé%m€%d😀', '%ä', '%G-%V',
                '%z|%Z', 'plain', '%Y' * 200]:
        show(lambda: v.strftime(fmt))
    show(lambda: format(v, '%d/%m'))
    show(lambda: v.strftime(b'%Y'))

class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'EST'

for v in [datetime(2020, 5, 17, 3, 4, 5, tzinfo=timezone.utc),
          datetime(2020, 5, 17, 3, 4, 5, tzinfo=EST())]:
    print(v.strftime(ALL + '|%z|%Z'))

class D2(date):
    def strftime(self, fmt):
        return 'sub ' + super().strftime(fmt)
class DT2(datetime):
    def isoformat(self, sep='T', timespec='auto'):
        return 'sub ' + super().isoformat(sep, timespec)
print(D2(2020, 1, 2).strftime('%Y %j'), format(D2(2020, 1, 2), '%m'))
print(DT2(2020, 1, 2, 3).strftime('%H %z'))
print(DT2(2020, 1, 2, 3).isoformat())

# now(): the class method through the class, an instance, keywords, a tz,
# bad arguments, and a subclass
for f in [lambda: datetime.now(), lambda: datetime.now(None), lambda: datetime.now(tz=None),
          lambda: datetime(2000, 1, 1).now(), lambda: DT2.now()]:
    r = f()
    print(type(r).__name__, r.tzinfo, 2000 < r.year < 3000)
r = datetime.now(timezone.utc)
print(type(r).__name__, r.tzinfo)
r = datetime.now(tz=timezone(timedelta(hours=3)))
print(type(r).__name__, r.tzinfo)
show(lambda: datetime.now(1))
n = datetime.now
print(type(n()).__name__)
for i in range(2000):
    s = datetime(2020, 5, 17, 3, 4, 5).strftime('%Y-%m-%d %H:%M')
    t = datetime.now()
print(s, type(t).__name__)
