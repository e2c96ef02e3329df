# float() parsing of decimal strings, exponents, specials, underscores, whitespace.
for s in ["1", "-1", "+1.5", "1.", ".5", "-.5", "1e5", "1E-5", "1.5e+10", "  3.25  ", "\t-0\n", "0.1", "1_000.000_1",
          "1e309", "-1e309", "1e-400", "-1e-400", "inf", "-inf", "+infinity", "nan", "-NaN", "1234567890123456789012345",
          "0.30000000000000004", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062328e-324", "00012.500"]:
    print(repr(s), repr(float(s)))
print(float(5), float(-0), float(True), float(10 ** 20), float(2 ** 1000) > 1e300, float(1.5))
print(float(), repr(float("-0.0")), repr(float("-0")))
