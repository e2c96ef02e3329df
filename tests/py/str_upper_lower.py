# upper() and lower() for ASCII and common non-ASCII scripts.
for s in ["Hello World", "ÀÉÎÕÜ àéîõü", "ΑΒΓ αβγ", "Привет Мир", "日本語", "123 !?", "", "ÿ", "Ωmega"]:
    print(s, s.upper(), s.lower(), len(s.upper()))
print("MiXeD".upper().lower(), "abc".upper() == "ABC", "ABC".lower() == "abc")
