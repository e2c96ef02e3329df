# uuid: parsing and formatting, fields and properties, versions 1/3/4/5,
# comparisons, pickling, errors.
import uuid
import pickle

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version)
for form in ["12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678",
             "{12345678-1234-5678-1234-567812345678}"]:
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1), uuid.UUID(int=0).variant, uuid.UUID(int=2 ** 128 - 1).variant)
print(uuid.UUID(int=0, version=4), uuid.UUID(int=0, version=4).version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x/"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, 0 <= t.node < 2 ** 48, uuid.uuid1(node=5, clock_seq=7).node, uuid.uuid1(node=5, clock_seq=7).clock_seq)
print(uuid.uuid1().time >= t.time, 0 <= uuid.getnode() < 2 ** 48, uuid.getnode() == uuid.getnode())
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, sorted([b, a]), hash(a) == hash(1), int(b))
print(a == 1, {a: "x"}[uuid.UUID(int=1)])
for p in (0, 2, 4):
    back = pickle.loads(pickle.dumps(u, p))
    print(back == u, back.is_safe)
print(u.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
print(list(uuid.SafeUUID), uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID("xyz"), lambda: uuid.UUID(bytes=b"short"),
            lambda: uuid.UUID(bytes_le=b"x" * 15), lambda: uuid.UUID(fields=(1, 2, 3)),
            lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)),
            lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2 ** 48)), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(int=0, version=6), lambda: uuid.UUID("12345678-1234-5678-1234-56781234567g"),
            lambda: uuid.UUID(hex="a" * 32, int=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b"bytes")
except TypeError as e:
    print("TypeError", e)
