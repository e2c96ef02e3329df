# Package and module attributes: __name__, __package__, __path__, __file__,
# __spec__, __builtins__.
import modpkg
import modpkg.plain
print(modpkg.__name__, modpkg.__package__, modpkg.VALUE, modpkg.init_count)
print(type(modpkg.__path__).__name__, len(modpkg.__path__))
print(modpkg.__path__[0].endswith("/modpkg"))
print(modpkg.__file__.endswith("modpkg/__init__.py"))
print(modpkg.__doc__)
print(modpkg.plain.__name__, modpkg.plain.__package__)
print(modpkg.plain.__file__.endswith("modpkg/plain.py"))
print(hasattr(modpkg.plain, "__path__"))
print(modpkg.plain.__doc__)
print(modpkg.__spec__.name, modpkg.plain.__spec__.name)
print(modpkg.__spec__.parent, modpkg.plain.__spec__.parent)
print(modpkg.plain.__spec__.submodule_search_locations)
print(modpkg.__spec__.origin == modpkg.__file__)
print(modpkg.plain in vars(modpkg).values())
print(modpkg.plain is getattr(modpkg, "plain"))
import sys
print(sys.__name__, sys.__spec__.origin)
print(__name__, __package__, __spec__)
print(__file__.endswith("import_package_attrs.py"))
