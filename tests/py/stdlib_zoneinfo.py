# zoneinfo: offsets, names and DST across transitions (file data and the
# POSIX TZ footer rules), PEP 495 folds and gaps, fromutc / astimezone,
# caching, from_file, errors.  (Zones whose tzdata encoding varies between
# tzdata builds, Casablanca's and Dublin's, are left out.)
import io
import os
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

keys = ['America/New_York', 'Europe/Paris', 'Europe/London', 'Australia/Sydney',
        'Asia/Kolkata', 'Asia/Tokyo', 'UTC', 'America/Sao_Paulo', 'Pacific/Auckland',
        'America/St_Johns', 'Pacific/Chatham',
        'Asia/Kathmandu', 'America/Los_Angeles', 'Etc/GMT+5', 'Europe/Moscow']
moments = [datetime(1850, 6, 1), datetime(1918, 7, 1), datetime(1970, 1, 1), datetime(1995, 3, 26, 1, 30),
           datetime(2000, 1, 1), datetime(2021, 3, 14, 2, 30), datetime(2021, 11, 7, 1, 30),
           datetime(2023, 7, 15, 12), datetime(2037, 12, 31), datetime(2040, 7, 1),
           datetime(2050, 3, 27, 2, 30), datetime(2099, 10, 25, 2, 30)]
for key in keys:
    z = ZoneInfo(key)
    print(key, str(z), repr(z), z.key)
    for m in moments:
        row = []
        for fold in (0, 1):
            dt = m.replace(tzinfo=z, fold=fold)
            row.append((str(dt.utcoffset()), str(dt.dst()), dt.tzname()))
        print(' ', m, row[0], row[1] if row[1] != row[0] else '=')

# UTC -> local around transitions
ny = ZoneInfo('America/New_York')
for utc in [datetime(2021, 11, 7, 5, 30), datetime(2021, 11, 7, 6, 30), datetime(2021, 3, 14, 6, 59),
            datetime(2021, 3, 14, 7, 0), datetime(2045, 11, 5, 5, 30), datetime(2045, 11, 5, 6, 30),
            datetime(1800, 1, 1), datetime(2045, 3, 12, 7, 0)]:
    local = utc.replace(tzinfo=timezone.utc).astimezone(ny)
    print(utc, local, local.fold, local.tzname(), local.astimezone(timezone.utc))
syd = ZoneInfo('Australia/Sydney')
for utc in [datetime(2022, 4, 2, 15, 30), datetime(2022, 4, 2, 16, 30), datetime(2060, 4, 3, 15, 30)]:
    local = utc.replace(tzinfo=timezone.utc).astimezone(syd)
    print(utc, local, local.fold)
d = datetime(2022, 6, 1, 12, tzinfo=ZoneInfo('Europe/Paris'))
print(d.astimezone(ny), (d - datetime(2022, 6, 1, 12, tzinfo=ny)))
print(datetime(2022, 1, 1, tzinfo=ny) + timedelta(days=180))

# caching
print(ZoneInfo('Europe/Paris') is ZoneInfo('Europe/Paris'))
nc = ZoneInfo.no_cache('Europe/Paris')
print(nc is ZoneInfo('Europe/Paris'), nc.key, nc.utcoffset(datetime(2022, 6, 1)))
ZoneInfo.clear_cache(only_keys=['Europe/Paris'])
ZoneInfo.clear_cache()
print(pickle.loads(pickle.dumps(ZoneInfo('Asia/Tokyo'))) is ZoneInfo('Asia/Tokyo'))
print(pickle.loads(pickle.dumps(nc)) is nc, pickle.loads(pickle.dumps(nc)).key)

# from_file
with open(os.path.join(zoneinfo.TZPATH[0], 'Europe/Berlin'), 'rb') as f:
    data = f.read()
z = ZoneInfo.from_file(io.BytesIO(data), key='Berlin')
print(z.key, str(z), z.utcoffset(datetime(2022, 7, 1)), z.tzname(datetime(2022, 1, 1)))
z = ZoneInfo.from_file(io.BytesIO(data))
print(z.key, str(z) == repr(z), repr(z).startswith('zoneinfo.ZoneInfo.from_file(<'))
try:
    pickle.dumps(z)
except Exception as ex:
    print(type(ex).__name__, ex)
print(ZoneInfo('UTC').utcoffset(None), ny.utcoffset(None), ny.tzname(None))

for key in ['Not/AZone', '/etc/localtime', '../etc/passwd', 'America/../Europe/Paris', 'America/']:
    try:
        ZoneInfo(key)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError) as ex:
        print(type(ex).__name__, ex)
try:
    ZoneInfo.from_file(io.BytesIO(b'not a tzif file at all, definitely not' * 2))
except ValueError as ex:
    print('ValueError', ex)
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError))
try:
    ny.fromutc(datetime(2020, 1, 1))
except ValueError as ex:
    print('ValueError', ex)
try:
    ny.fromutc('x')
except TypeError as ex:
    print('TypeError', ex)

zones = zoneinfo.available_timezones()
print(all(k in zones for k in keys), 'posixrules' in zones, any(k.startswith('right/') for k in zones))
print(sorted(zoneinfo.__all__), type(zoneinfo.TZPATH).__name__)
for bad in ['relative/path', ['relative']]:
    try:
        zoneinfo.reset_tzpath(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__)
zoneinfo.reset_tzpath(['/nonexistent'])
print(zoneinfo.TZPATH)
try:
    ZoneInfo.no_cache('Europe/Paris')
except zoneinfo.ZoneInfoNotFoundError as ex:
    print('ZoneInfoNotFoundError', ex)
zoneinfo.reset_tzpath()
print(ZoneInfo.no_cache('Europe/Paris').key)
