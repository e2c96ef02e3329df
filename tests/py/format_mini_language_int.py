n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "=10", "+", "-", " ", "+10", "=+10", "010", "012,", ",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "x", "b", "o", "X", "c" if False else "n", "e", "E", "f", ".2f", "g", "G", "%", ".1%", "*^15,", "0>10", "#012x", "#_b", "+#x", " 10", "#010b", "10,.2f"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(0, "#x"), format(0, "+"), format(0, "b"), format(65, "c"), format(0x1F600, "c"))
print(format(2**100, ","), format(-2**70, "_x"), format(True, "d"), format(True, ""), format(False, "5"))
print("{:,}".format(-1000), "{:_}".format(10**9), "{:08.3f}".format(-3))
