# strip, lstrip, rstrip with and without a character set.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("aaa".strip("a")))
print(repr("\u3000全角\u3000".strip()), repr("ééxéé".strip("é")), repr("--==x==--".rstrip("=-")))
print(repr("\x1c\x1d\x1e\x1f x \x85".strip()), repr("\xa0nbsp\xa0".strip()))
print(repr("  a  ".strip(None)), repr("12300".rstrip("0")), repr("00123".lstrip("0")))
