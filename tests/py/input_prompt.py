# input(prompt) writes the prompt to stdout without a newline.
a = input("first? ")
b = input("second? ")
print()
print(a + "|" + b)
print(int(a) * int(b))
