from datetime import time, timezone, timedelta, tzinfo, datetime, UTC

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for t in [time(), time(12, 30), time(12, 30, 5), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(7, 0, 0, 500000), time(12, 30, tzinfo=timezone.utc),
          time(9, 15, tzinfo=timezone(timedelta(hours=-5), 'EST')), time(1, fold=1)]:
    print(repr(t), str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold,
          t.utcoffset(), t.tzname(), t.dst())
t = time(13, 4, 5, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec))
err(lambda: t.isoformat('bogus'))
print(t.strftime('%H:%M:%S.%f %I %p'), format(t, '%H.%M'), f'{t}')
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc))
err(lambda: time(24))
err(lambda: time(1, 60))
err(lambda: time(1, 1, 60))
err(lambda: time(1, 1, 1, 1000000))
err(lambda: time(1, tzinfo=5))
err(lambda: time(1, fold=2))
print(time(1) < time(2), time(1) == time(1, 0), time(3) > time(2, 59), bool(time()))
print(time(12, tzinfo=timezone(timedelta(hours=1))) == time(11, tzinfo=timezone.utc))
print(time(12) == time(12, tzinfo=timezone.utc))
err(lambda: time(12) < time(12, tzinfo=timezone.utc))
for s in ['12:30', '12:30:45', '12:30:45.123', '12:30:45.123456', '123045', '12', 'T12:30',
          '12:30:45+05:30', '12:30:45Z', '12:30-0800']:
    print(s, repr(time.fromisoformat(s)))
err(lambda: time.fromisoformat('12:3'))
err(lambda: time.fromisoformat('25:00'))
print(repr(time.min), repr(time.max), repr(time.resolution))

# timezone
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=30)),
           timezone(timedelta(hours=-8), 'PST'), timezone(-timedelta(minutes=90)),
           timezone(timedelta(seconds=3661)), timezone(timedelta(0), 'Z0')]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'), timezone.utc == timezone(timedelta(hours=1)))
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'X')))
print(repr(timezone.min), repr(timezone.max))
err(lambda: timezone(timedelta(hours=24)))
err(lambda: timezone(5))
err(lambda: timezone(timedelta(hours=1), 5))
print(isinstance(timezone.utc, tzinfo))

class Fixed(tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'F%+d' % self.h
    def __repr__(self):
        return 'Fixed(%d)' % self.h

d = datetime(2024, 6, 1, 12, tzinfo=Fixed(3))
print(d, repr(d), d.tzname(), d.utcoffset(), d.dst(), d.astimezone(timezone.utc))
print(datetime(2024, 6, 1, 9, tzinfo=timezone.utc).astimezone(Fixed(-4)))
print(d == datetime(2024, 6, 1, 9, tzinfo=timezone.utc), d.strftime('%z %Z'))
class Bare(tzinfo):
    pass
err(lambda: datetime(2024, 1, 1, tzinfo=Bare()).utcoffset())
