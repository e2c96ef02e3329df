# from-import of a name a partially initialised module does not define yet.
import sys
try:
    import modpkg.circ_from_a
except ImportError as e:
    msg = str(e)
    here = sys.path[0] + "/"
    print(type(e).__name__, msg.replace(here, "<dir>/"))
    print(e.name)
    print(e.path.replace(here, "<dir>/"))
print("modpkg.circ_from_a" in sys.modules, "modpkg.circ_from_b" in sys.modules)
