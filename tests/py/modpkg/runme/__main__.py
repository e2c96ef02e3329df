import sys
print("runme.__main__ running as", __name__, "package", __package__)
print("argv tail", sys.argv[1:])
