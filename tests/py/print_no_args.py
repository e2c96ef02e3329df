# print() with no arguments writes just a newline.
print()
print("between")
print()
print()
print("end")
