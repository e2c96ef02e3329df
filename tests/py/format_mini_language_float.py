vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 2.5e16, 1e300, 0.1, 100.0, 123456789012345678.0, 0.5, 1.5, 2.5]
specs = ["", "f", ".0f", ".2f", "e", ".3e", "E", "g", ".3g", "G", ".10g", "%", ".1%", "10.2f", "<12.3", ">12", "^12.1f", "+.2f", " .2e", "012.3f", ",.2f", "_.1f", "#.0f", "#g", "#.3g", ".0e", "#.0e", "n", ".2", ".15", "r" if False else ".17g", "=+12.2f", "*<12g"]
for v in vals:
    print(v, [format(v, s) for s in specs])
for v in [float("inf"), float("-inf"), float("nan")]:
    print([format(v, s) for s in ["", "f", "e", "g", "%", "+", "10", "010", "<8", "E", "F", "G"]])
print("{:e}".format(12345.678), "{:%}".format(0.25), "{:.3g}".format(0.000123456), "{:g}".format(1e16), "{:g}".format(1e-5))
print("{:.3g}".format(1234567), "{:.0%}".format(0.995), "{:.1f}".format(0.05), "{:.1f}".format(0.25), "{:.2f}".format(2.675))
print(format(1e22, ""), format(1e16, ""), format(123.0, ".0"), format(0.0001, ".2"), format(12.0, "g"))
