# sys.path: sys.path[0] is the script's directory; entries added at run
# time are searched; a package directory wins over a module file.
import sys
print(type(sys.path).__name__, sys.path[0] == __file__.rpartition("/")[0])
print(all(isinstance(p, str) for p in sys.path))
sys.path.insert(0, sys.path[0] + "/modpkg/toplevel")
import topmod
print(topmod.hello(), topmod.__name__)
import shadowpkg
print(shadowpkg.WHICH)
del sys.path[0]
del sys.modules["topmod"]
try:
    import topmod
except ModuleNotFoundError as e:
    print(e)
