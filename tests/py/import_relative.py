# Relative imports inside a package (modpkg/sub/deep.py uses from . and
# from ..); errors for relative imports outside a package.
from modpkg.sub.deep import info
print(info())
import sys
print(sorted(k for k in sys.modules if k.startswith("modpkg")))
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", globals(), {}, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
g = {"__name__": "modpkg.sub.deep", "__package__": "modpkg.sub"}
m = __import__("sibling", g, {}, ["greet"], 1)
print(m.__name__)
m = __import__("", g, {}, ["sibling"], 2)
print(m.__name__)
try:
    __import__("x", {"__package__": "modpkg"}, {}, ["y"], 3)
except ImportError as e:
    print(type(e).__name__, e)
