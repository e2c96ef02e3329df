# calendar: text and HTML calendars, month/year data, helpers, errors.
import calendar
import datetime

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=4, l=2))
print(calendar.calendar(2023))
print(calendar.calendar(2024, w=3, l=1, c=3, m=4))
calendar.prmonth(1999, 12)
calendar.prcal(2000, m=6)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(0, 400))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2023, 12))
print(calendar.monthcalendar(2024, 9))
print(calendar.timegm((2024, 3, 15, 12, 30, 45)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[6], len(calendar.month_name), calendar.month_name[1:4])
print(calendar.weekheader(2), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))

cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 12))[-3:])
print(cal.monthdatescalendar(2024, 3)[0])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardays2calendar(2024, 4)), cal.yeardayscalendar(2024, 6)[1][5][-1])
print(list(calendar.Calendar().itermonthdates(9999, 11))[-1])
print(list(calendar.Calendar(3).itermonthdays3(1, 1))[:3])

tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2022, 1, 3))
print(tc.formatweekday(0, 2), tc.formatweekday(0, 10), tc.formatmonthname(2022, 5, 20, False) + "|")
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatyear(2024, 4)[:400])
print(hc.formatyearpage(2024)[:300])
print(hc.formatweekday(3), hc.formatday(0, 2), hc.formatmonthname(2024, 7, False))


class MyHTML(calendar.HTMLCalendar):
    cssclass_noday = "empty"


print(MyHTML().formatweek([(0, 0), (1, 1)]))
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
print(calendar.EPOCH, calendar.mdays)
