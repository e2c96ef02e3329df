# isdigit, isalpha, isspace for characters outside Latin-1.
for s in ["日本", "١٢٣", "²", "½", "Ⅻ", "\u3000", "\u2028", "\u200b", "ΩΔ", "Привет", "😀", "\u0301", "ǅ", "𝟘𝟙"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
