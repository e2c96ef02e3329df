# ImportError / ModuleNotFoundError messages and attributes.
import sys
here = sys.path[0] + "/"
def show(e):
    print(type(e).__name__ + ":", str(e).replace(here, "<dir>/"), "| name:", e.name)
try:
    import no_such_module
except ModuleNotFoundError as e:
    show(e)
    print(isinstance(e, ImportError), e.path)
try:
    import modpkg.no_such_sub
except ImportError as e:
    show(e)
try:
    import modpkg.plain.notapkg
except ImportError as e:
    show(e)
try:
    from sys import no_such_name
except ImportError as e:
    show(e)
try:
    from modpkg import no_such_name
except ImportError as e:
    show(e)
    print(e.path.replace(here, "<dir>/"))
try:
    from modpkg.plain import nothing_here
except ImportError as e:
    show(e)
try:
    import no_such_pkg.sub.mod
except ImportError as e:
    show(e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
print("no_such_module" in sys.modules)
