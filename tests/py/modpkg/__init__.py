"""modpkg: the import tests' package."""
print("modpkg/__init__ running as", __name__)
VALUE = 1
init_count = 0
init_count += 1
