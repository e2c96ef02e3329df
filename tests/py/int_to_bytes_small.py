import random
r = random.Random(5)
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**31, -2**31, 2**32-1, 2**40, 2**47-1, -2**47, 2**63-1, -2**63, 2**64-1, 2**64]
vals += [r.randrange(-2**50, 2**50) for _ in range(300)] + [r.randrange(-300, 300) for _ in range(100)]
out = []
for v in vals:
    for n in range(0, 10):
        for order in ("little", "big"):
            for sg in (False, True):
                try:
                    b = v.to_bytes(n, order, signed=sg)
                    back = int.from_bytes(b, order, signed=sg)
                    out.append("%s%s" % (b.hex(), "" if back == v else "!"))
                except OverflowError as e:
                    out.append("E:" + str(e)[:10])
import hashlib
print(len(out), hashlib.sha256("|".join(out).encode()).hexdigest())
print(out[:60])
for bs in (b"", b"\x80", b"\xff\xff", b"\x00\x80", b"\x12\x34\x56\x78\x9a", b"\xff" * 5, b"\xff" * 6, b"\x80" + b"\x00" * 8):
    print(int.from_bytes(bs, "big"), int.from_bytes(bs, "little", signed=True), int.from_bytes(bs, "big", signed=True))
print(True.to_bytes(2, "big"), (5).to_bytes(), int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x01\x00"), "little"))
class MyInt(int): pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x01", "big"))
try: (-1).to_bytes(2, "big")
except OverflowError as e: print(e)
try: (1).to_bytes(-1, "big")
except ValueError as e: print(e)
