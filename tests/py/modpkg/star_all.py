__all__ = ["public_a", "_exported_private", "func"]
public_a = "A"
public_b = "B (not in __all__)"
_exported_private = "private but listed"
def func():
    return "func result"
