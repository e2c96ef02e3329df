# An exception raised while a module body runs: the traceback passes
# through the imported module's frames (no import machinery frames).
import sys
try:
    import modpkg.broken
except ZeroDivisionError as e:
    print("caught:", e)
print("modpkg.broken" in sys.modules)
try:
    import modpkg.broken_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.endswith("modpkg/broken_syntax.py"))
print("modpkg.broken_syntax" in sys.modules)
import modpkg.broken
