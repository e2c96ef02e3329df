import sys
print("mainmod: __name__ =", __name__)
print("mainmod: argv[1:] =", sys.argv[1:])
print("mainmod: argv[0] ends", sys.argv[0].endswith("modpkg/mainmod.py"))
if __name__ == "__main__":
    print("mainmod: main block")
    sys.exit(3)
