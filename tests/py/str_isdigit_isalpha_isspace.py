# isdigit, isalpha, isspace on ASCII, Latin-1 and the empty string.
for s in ["123", "12.3", "-1", "", " ", "abc", "abc1", "é", "ÀÿÑ", "\t\n\r\x0b\x0c", "\xa0", "a b", "\x1c", "_", "0", "Z9"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
