# Modules of the embedded Python library (lib/) import like any other;
# sys.path lists the library after the script's directory.
from __future__ import annotations
import __future__
import sys
print(__future__.annotations)
print(__future__.division.getMandatoryRelease())
print(__future__.all_feature_names[:3])
print(__future__.__name__, __future__.__file__.endswith("__future__.py"))
print(__future__.__spec__.name)
print(sys.modules["__future__"] is __future__)
print(len(sys.path) >= 2, sys.path[0] == __file__.rpartition("/")[0])
