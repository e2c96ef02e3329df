# __import__ and importlib.import_module.
m = __import__("modpkg.sub.sibling")
print(m.__name__)
m = __import__("modpkg.sub.sibling", fromlist=["greet"])
print(m.__name__)
m = __import__("modpkg.sub", globals(), None, ["deep"], 0)
print(m.__name__, m.deep.__name__)
import importlib
m = importlib.import_module("modpkg.plain")
print(m.__name__, m.CONSTANT)
m = importlib.import_module(".sibling", "modpkg.sub")
print(m.__name__)
m = importlib.import_module("..plain", "modpkg.sub")
print(m.__name__)
try:
    importlib.import_module("modpkg.nope")
except ModuleNotFoundError as e:
    print(e)
import sys
print(importlib.import_module("sys") is sys)
