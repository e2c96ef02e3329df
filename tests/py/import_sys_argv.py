# sys.argv: the script path as given, then the arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(type(sys.argv).__name__)
