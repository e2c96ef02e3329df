# int() and float() accept any Unicode decimal digits, and Unicode whitespace.
print(int("١٢٣"), int("٣") + 1, int("０１２３"), int("\u2003 42 \u3000"))
print(float("١.٥"), float("\u00a0 2.5"))
