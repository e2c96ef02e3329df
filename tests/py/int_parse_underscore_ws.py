# int() accepts underscores between digits and surrounding whitespace.
print(int("1_000"), int("1_2_3_4"), int(" 42 "), int("\t-7\n"), int("  +0  "))
print(int("0x_ff", 16), int("0b_1010_1010", 0), int("0o_7_7", 0), int("ff_ff", 16), int("1_0", 2))
print(int(" \n\t 12_345 \r\n"), int("0_0"), int("-1_000_000_000_000_000_000_000"))
print(int("  0xDEAD_BEEF  ", 0), int("z_z", 36))
print(1_000_000, 0x_ff_ff, 0b_1_0, 0o_1_7)
