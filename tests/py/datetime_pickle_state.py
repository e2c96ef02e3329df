# date, datetime and time pickle to CPython's byte states (so pickles
# interoperate), keep fold from protocol 4 on, and unpickle from them.
import pickle, copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class MyDT(datetime):
    pass
class MyDate(date):
    pass

vals = [date(2020, 1, 2), date(1, 1, 1), date(9999, 12, 31),
        datetime(2020, 1, 2, 3, 4, 5, 6), datetime(1, 1, 1), datetime.max,
        datetime(2021, 11, 7, 1, 30, fold=1),
        datetime(2020, 5, 6, 7, 8, 9, 123456, tzinfo=timezone.utc),
        datetime(2020, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=-3), 'X')),
        time(1, 2, 3, 4), time(23, 59, 59, 999999, fold=1), time(12, tzinfo=timezone.utc),
        timedelta(1, 2, 3), timedelta(-5), MyDT(2020, 1, 2, 3), MyDate(2000, 2, 29),
        datetime(2020, 1, 1) + timedelta(seconds=5), date(2020, 1, 1) + timedelta(3)]
for v in vals:
    print(repr(v), v.__reduce__()[1] if not isinstance(v, timedelta) else '')
    for p in range(0, 6):
        s = pickle.dumps(v, p)
        if p >= 2:
            print(p, s.hex())
        w = pickle.loads(s)
        assert type(w) is type(v) and w == v, (v, w)
        print(p, repr(w), getattr(w, 'fold', None))
    c = copy.copy(v)
    print(repr(c), getattr(c, 'fold', None), copy.deepcopy(v) == v)
# byte and latin-1 str states given to the constructors directly
print(repr(date(b'\x07\xe4\x01\x02')), repr(date('\x07\xe4\x01\x02')))
print(repr(datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06')))
print(repr(datetime('\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', timezone.utc)))
print(repr(time(b'\x83\x04\x05\x00\x01\x00')), repr(time('\x03\x04\x05\x00\x01\x00', None)))
for f in [lambda: datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', 1),
          lambda: time(b'\x03\x04\x05\x00\x01\x00', 'x'),
          lambda: date('\u0100\xe4\x01\x02'), lambda: datetime('\u0100\xe4\x01\x02\x03\x04\x05\x00\x00\x06')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
