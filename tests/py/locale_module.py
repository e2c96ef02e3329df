# locale: the C locale, setlocale queries and settings, localeconv,
# normalize, getlocale, number formatting, errors.
import locale

print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getencoding(), locale.getpreferredencoding())
print(locale.localeconv())
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.setlocale(locale.LC_NUMERIC, "POSIX"))
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_ALL, ""))
print(locale.setlocale(locale.LC_CTYPE, ("C", None)))
for bad in [lambda: locale.setlocale(locale.LC_ALL, "xx_YY.bogus"), lambda: locale.setlocale(99),
            lambda: locale.setlocale(99, "C")]:
    try:
        bad()
    except locale.Error as e:
        print("Error", e, isinstance(e, Exception))
for name in ["C", "C.UTF-8", "en_US", "en_US.utf8", "en_US.UTF-8", "de_DE@euro", "fr", "ja_JP.eucJP",
             "zz", "pt_BR.ISO-8859-1", "sr_RS@latin", "en_GB.latin1", "POSIX", "ru_RU.KOI8-R", "es_ES.UTF-8@euro",
             "nl_BE@euro", "uk_UA.utf-8", "universal", "C.ascii"]:
    print(name, locale.normalize(name))
print(locale._parse_localename("en_US.UTF-8"), locale._parse_localename("C"), locale._parse_localename("de_DE@euro"))
try:
    locale._parse_localename("zz")
except ValueError as e:
    print("ValueError", e)
print(locale.format_string("%d|%s|%.2f|%5.1f|%%|%x", (1234567, "s", 1234.5, 3.14159, 255), grouping=True))
print(locale.format_string("%(a)d-%(b).1f", {"a": 5, "b": 2.25}), locale.format_string("%*d", (5, 42)))
print(locale.str(3.14159), locale.str(1e20), locale.atof("1.5"), locale.atoi("42"), locale.delocalize("1.5"),
      locale.localize("1234.5", grouping=True))
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("x", "x"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm))
print(locale.CHAR_MAX, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL)
print(len(locale.locale_alias) > 500, locale.locale_alias["en"], locale.locale_encoding_alias["utf8"])
