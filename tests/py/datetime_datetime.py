from datetime import datetime, date, time, timedelta, timezone

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

tz1 = timezone(timedelta(hours=1))
tz2 = timezone(timedelta(hours=-7, minutes=-30), 'X')
for d in [datetime(2024, 1, 31), datetime(2024, 1, 31, 12, 30), datetime(2024, 1, 31, 12, 30, 5),
          datetime(2024, 1, 31, 12, 30, 5, 7), datetime(1999, 12, 31, 23, 59, 59, 999999, tz1),
          datetime(2000, 2, 29, 0, 0, 0, 0, timezone.utc), datetime(2010, 5, 6, 7, 8, 9, tzinfo=tz2),
          datetime(2020, 1, 1, fold=1)]:
    print(repr(d), '|', str(d), '|', d.isoformat(), d.isoformat(' ', 'minutes'), d.ctime())
    print('  ', d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold,
          d.date(), repr(d.time()), repr(d.timetz()), d.weekday(), d.isocalendar(), d.toordinal())
    print('  ', d.strftime('%Y-%m-%d %H:%M:%S.%f %a %b %j %I%p %z %Z %c %x %X'))
    print('  ', d.utcoffset(), d.tzname(), d.timetuple()[:8])
err(lambda: datetime(2024, 2, 30))
err(lambda: datetime(2024, 1, 1, 24))
err(lambda: datetime(2024, 1, 1, 1, 1, 1, -1))
err(lambda: datetime(2024))
d = datetime(2024, 1, 31, 22, 15, 30, 250000)
print(d + timedelta(hours=3), d - timedelta(days=31, microseconds=250001), timedelta(1) + d)
print(d - datetime(2024, 1, 1), datetime(2024, 1, 1) - d)
a = datetime(2024, 3, 10, 12, tzinfo=tz1)
b = datetime(2024, 3, 10, 12, tzinfo=timezone.utc)
print(a - b, b - a, a < b, a == b, a == datetime(2024, 3, 10, 11, tzinfo=timezone.utc))
err(lambda: a - d)
err(lambda: a < d)
print(a == d, a != d)
err(lambda: d < date(2024, 1, 31))
print(d == date(2024, 1, 31), date(2024, 1, 31) == d, d.date() == date(2024, 1, 31))
err(lambda: datetime.max + timedelta(1))
print(hash(a) == hash(datetime(2024, 3, 10, 11, tzinfo=timezone.utc)), hash(d) == hash(d.replace()))
print(d.replace(year=2023, microsecond=0), d.replace(tzinfo=tz1), d.replace(tzinfo=tz1).replace(tzinfo=None))
print(sorted([d, datetime(2020, 1, 1), datetime(2024, 1, 31, 22)]))
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)), repr(datetime.combine(date(2024, 5, 6), time(7, tzinfo=tz1))))
print(datetime.combine(date(2024, 5, 6), time(7), tzinfo=timezone.utc))
err(lambda: datetime.combine(1, time()))
print(a.astimezone(timezone.utc), a.astimezone(tz2), b.astimezone(tz1), b.astimezone(timezone.utc) is b)
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
for ts in [0, 1, 86400.5, 1700000000, 1700000000.123456, -1.5, 951782400, 1e9 + 0.0000005]:
    print(ts, datetime.fromtimestamp(ts, timezone.utc), datetime.fromtimestamp(ts, tz2), datetime.utcfromtimestamp(ts))
print(datetime.fromtimestamp(1700000000, tz1).timestamp())
print(type(datetime.now()) is datetime, datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__)
print(type(datetime.today()).__name__, datetime.now(tz1).utcoffset())
loc = datetime(2024, 7, 1, 12, 0)
print(datetime.fromtimestamp(loc.timestamp()) == loc, loc.astimezone().replace(tzinfo=None) == loc)
print(loc.astimezone(timezone.utc).timestamp() == loc.timestamp())
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(isinstance(d, date), issubclass(datetime, date))
print(d.utctimetuple()[:6], a.utctimetuple()[:6])
