# from m import *: __all__ when defined (private names included), else every
# name not starting with an underscore.
from modpkg.star_all import *
print(public_a, _exported_private, func())
print("public_b" in globals())
from modpkg.star_noall import *
print(visible, helper(), Klass.__name__)
print("_hidden" in globals())
from sys import *
print(maxsize == 2**63 - 1, "argv" in globals())
print(sorted(k for k in ("public_a", "public_b", "visible", "_hidden", "Klass", "func") if k in globals()))
