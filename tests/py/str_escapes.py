# Escape sequences in string literals.
print("a\tb\\c\'d\"e")
print(len("\n"), len("\\n"), ord("\0"), ord("\x41"), ord("\101"), ord("\u20ac"), ord("\U0001F600"))
print("\x41\x42", "\u0041", "\101\102")
print(r"raw\nstring", len(r"\n"), r"C:\path\to")
print("line one\
 continued")
print("bell\a".replace("\a", "<BEL>"), "\b\f\v" == "\x08\x0c\x0b")
print('''multi "quoted" 'line'
second line''')
