# __name__ is "__main__" in the script, the module's name elsewhere.
print(__name__)
if __name__ == "__main__":
    print("running as main")
import modpkg.plain
print(modpkg.plain.__name__, modpkg.plain.where())
import __main__
print(__main__.__name__, __main__.marker if hasattr(__main__, "marker") else "no marker")
marker = "set"
print(__main__.marker)
import sys
print(sys.modules["__main__"] is __main__)
import builtins
print(builtins.len("abc"), builtins.__name__)
