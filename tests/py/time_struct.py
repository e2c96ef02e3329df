# gmtime/strftime/asctime/mktime on fixed timestamps (UTC, so deterministic).
import time
for ts in [0, 86400 * 365, 1700000000, 951782400, 1234567890.75, -86400]:
    g = time.gmtime(ts)
    print(g)
    print(tuple(g), g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], g[-1], len(g))
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', g), time.asctime(g))
    y, mo, *rest = g
    print(y, mo, rest)
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0) < time.gmtime(1))
print(time.strftime('%Y', (2020, 5, 17, 1, 2, 3, 6, 138, 0)), time.asctime((2020, 5, 17, 1, 2, 3, 6, 138, 0)))
lt = time.localtime()
print(type(time.mktime(lt)).__name__, abs(time.mktime(lt) - time.time()) < 5, len(time.ctime()) > 20)
