# An uncaught ModuleNotFoundError: CPython's traceback and exit status.
print("before")
import modpkg
import no_such_module_anywhere
print("never")
