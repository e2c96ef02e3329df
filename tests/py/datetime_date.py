from datetime import date, timedelta, MINYEAR, MAXYEAR

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(MINYEAR, MAXYEAR)
for args in [(2024, 1, 31), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (1970, 1, 1),
             (2023, 12, 31), (2021, 1, 3), (2020, 12, 31), (1900, 3, 1), (2008, 12, 29)]:
    d = date(*args)
    print(repr(d), str(d), d.isoformat(), d.toordinal(), d.weekday(), d.isoweekday(),
          d.isocalendar(), tuple(d.isocalendar()), d.ctime())
    assert date.fromordinal(d.toordinal()) == d
    print(d.strftime('%Y-%m-%d %a %A %b %B %j %y %% %U %W %w %u %G-W%V'), format(d, '%d/%m/%Y'), f'{d}')
ic = date(2024, 1, 31).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0])
err(lambda: date(2023, 2, 29))
err(lambda: date(2024, 13, 1))
err(lambda: date(2024, 0, 1))
err(lambda: date(0, 1, 1))
err(lambda: date(10000, 1, 1))
err(lambda: date(2024, 4, 31))
err(lambda: date(2024.0, 1, 1))
err(lambda: date.fromordinal(0))
d = date(2024, 1, 31)
print(d + timedelta(days=30), timedelta(1) + d, d - timedelta(days=31), d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d + timedelta(hours=47), d - timedelta(hours=1))
err(lambda: date.max + timedelta(1))
err(lambda: date.min - timedelta(1))
print(d.replace(day=29), d.replace(year=2023, month=2, day=28))
err(lambda: d.replace(month=2))
print(d == date(2024, 1, 31), d != date(2024, 1, 31), d < date(2024, 2, 1), d > date(2024, 2, 1), d <= d, d >= d)
print(d == 5, d != 'x')
print(hash(d) == hash(date(2024, 1, 31)), len({d, date(2024, 1, 31), date(2024, 2, 1)}))
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 1)]))
for s in ['2024-01-31', '20240131', '2024-W05-3', '2024W053', '2024-W05', '2024W05', '2020-W53-7']:
    print(s, repr(date.fromisoformat(s)))
for s in ['2024-1-31', '2024-02-30', '2024/01/31', '', '2024-01-31T00', '2023-W53-1']:
    err(lambda: date.fromisoformat(s))
err(lambda: date.fromisoformat(20240131))
print(date.fromisocalendar(2024, 5, 3), date.fromisocalendar(2020, 53, 5))
print(repr(date.min), repr(date.max), repr(date.resolution))
print(date.fromtimestamp(86400 * 365).year, type(date.today()) is date)
print(date(2024, 1, 31).timetuple())
class D(date):
    pass
print(repr(D(2024, 5, 6)), type(D.fromordinal(5)).__name__, type(D(2024, 1, 1).replace(day=2)).__name__)
