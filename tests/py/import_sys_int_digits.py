# sys.set_int_max_str_digits / get_int_max_str_digits control int<->str
# conversion limits.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 9000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
