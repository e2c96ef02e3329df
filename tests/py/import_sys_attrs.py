# sys attributes with CPython's values.
import sys
vi = sys.version_info
print(vi)
print(vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(vi[0], vi[:2], vi >= (3, 8), vi < (3, 12), tuple(vi))
print(vi == (3, 11, 7, "final", 0), len(vi), isinstance(vi, tuple))
print(sys.version.startswith("3.11.7"), type(sys.version).__name__)
print(sys.hexversion, hex(sys.hexversion))
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.rounds)
print(fi)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.getrecursionlimit())
print(sys.get_int_max_str_digits())
print(type(sys.implementation.name).__name__)
print(sys.implementation.version == sys.version_info)
print(isinstance(sys.executable, str), sys.executable != "")
print(sys.getdefaultencoding(), sys.stdout.encoding)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print(sys.intern("abc") == "abc", sys.intern("x" * 3) is sys.intern("xxx"))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**40), sys.getsizeof(1.5))
print(sys.getsizeof(""), sys.getsizeof("abcd"), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof([]) > 0, sys.getsizeof(None), sys.getsizeof(True))
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
