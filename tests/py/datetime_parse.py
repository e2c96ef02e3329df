from datetime import datetime, date, timezone, timedelta

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s, f in [('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'),
             ('2024-03-05 14:07:09.5', '%Y-%m-%d %H:%M:%S.%f'),
             ('05/03/24', '%d/%m/%y'), ('05/03/70', '%d/%m/%y'),
             ('Mar 5 2024', '%b %d %Y'), ('march 5, 2024', '%B %d, %Y'),
             ('Tue, 05 Mar 2024 01:02:03 PM', '%a, %d %b %Y %I:%M:%S %p'),
             ('12 AM', '%I %p'), ('12 pm', '%I %p'),
             ('2024-065', '%Y-%j'), ('20240305T140709', '%Y%m%dT%H%M%S'),
             ('2024-03-05T14:07:09+0530', '%Y-%m-%dT%H:%M:%S%z'),
             ('2024-03-05T14:07:09-08:00', '%Y-%m-%dT%H:%M:%S%z'),
             ('2024-03-05T14:07:09Z', '%Y-%m-%dT%H:%M:%S%z'),
             ('10%', '%H%%'), ('  7', ' %H'), ('2024   3', '%Y %m')]:
    print(repr(s), repr(f), repr(datetime.strptime(s, f)))
err(lambda: datetime.strptime('2024-13-01', '%Y-%m-%d'))
err(lambda: datetime.strptime('2024-02-30', '%Y-%m-%d'))
err(lambda: datetime.strptime('2024-02-03 junk', '%Y-%m-%d'))
err(lambda: datetime.strptime('abc', '%Y'))
err(lambda: datetime.strptime(5, '%Y'))

for s in ['2024-03-05', '2024-03-05T14:07', '2024-03-05 14:07:09', '2024-03-05T14:07:09.123',
          '2024-03-05T14:07:09.123456789', '2024-03-05T14:07:09,5', '2024-03-05T14:07:09+05:30',
          '2024-03-05T14:07:09.000001-08:00', '2024-03-05T14:07:09Z', '20240305T140709',
          '2024-03-05T14', '2024-W10-2T08:00', '2024-03-05T14:07:09+00:00', '2024-03-05x14:07']:
    print(s, repr(datetime.fromisoformat(s)))
for s in ['2024-03-05T', '2024-03-05T25:00', '2024-3-5', 'nonsense', '2024-03-05T14:07:09+5']:
    err(lambda: datetime.fromisoformat(s))
err(lambda: datetime.fromisoformat(None))

d = datetime(2024, 3, 5, 14, 7, 9, 123456, timezone(timedelta(hours=5, minutes=30)))
print(datetime.fromisoformat(d.isoformat()) == d, datetime.fromisoformat(str(d)) == d)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(d.isoformat(timespec=spec))
print(f'{d:%Y/%m/%d %H-%M}', '{:%A %B %d}'.format(d), format(d, ''))
print(d.strftime('%%Y %Q %'), date(5, 1, 2).strftime('%Y %y'), date(999, 1, 2).isoformat())
print(datetime(2024, 1, 1, 0).strftime('%I %p'), datetime(2024, 1, 1, 12).strftime('%I %p'),
      datetime(2024, 1, 1, 23).strftime('%I %p'))
for y in range(2019, 2027):
    dd = date(y, 1, 1)
    print(y, dd.strftime('%U %W %V %G %j %a'), date(y, 12, 31).strftime('%U %W %V %G %j'))
