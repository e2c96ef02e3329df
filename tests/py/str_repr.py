# repr() of strings: quote choice, escapes, printable Unicode.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "nul\x00", "bell\x07",
          "back\\slash", "é", "日本", "\x7f", "\x80", "\xa0", "\xad", "\u200b", "\u2028",
          "😀", "\U0001f9ff", "\U000e0001", "\x1b[0m", "'", '"', ""]:
    print(repr(s))
print(repr(["a'b", 'c"d']), repr(("\n",)), repr({"k\t": "v"}))
print(str("quote'"), repr(repr("x")))
