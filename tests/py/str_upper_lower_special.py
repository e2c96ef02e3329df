# Case mappings that change length or depend on context (Unicode SpecialCasing).
print("straße".upper(), len("straße".upper()))
print("ﬁ".upper(), "ǅ".upper(), "ǅ".lower())
print("İ".lower() == "i\u0307", len("İ".lower()))
print("ΣΑΣ".lower(), "ΑΣ ΣΑ".lower())
