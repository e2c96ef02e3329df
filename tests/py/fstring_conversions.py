s = "héllo\n"
n = 42
print(f"{s!r}|{s!s}|{s!a}")
print(f"{n!r:>6}|{'x'!r:^7}|{[1, 'a']!s}")
print(f"{'ü'!a} {3.0!r} {None!s} {(1,)!r}")
print(f"{n}{n}", f"{{}}", f"{{{n}}}", f"a{{b")
print(f"{n = }", f"{n=}", f"{n= }", f"{s=!s}")
print(f"{n + 1 = }", f"{n*2=:>5}", f"{'q'=}")
x = 3.14159
print(f"{x=:.2f}", f"{x = !r:>10}")
