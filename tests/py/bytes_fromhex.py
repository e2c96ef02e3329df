# bytes.fromhex: pairs of hex digits, whitespace between pairs, subclasses.
print(bytes.fromhex("ff 00 1A"), bytes.fromhex(""), bytes.fromhex("  de ad  be ef "))
print(b"\x00\xffab".hex(), bytes.fromhex(b"hello".hex()))
class B(bytes):
    pass
x = B.fromhex("4142")
print(type(x).__name__, x, x == b"AB")
print(bytes.fromhex("0g"))
