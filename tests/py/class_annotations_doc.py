class Cfg:
    """Config holder."""
    name: str = "x"
    size: int
    def __init__(self):
        self.size = 1
print(Cfg.__annotations__)
print(Cfg.__doc__, Cfg.name, Cfg().size)
class NoDoc:
    x = 1
print(NoDoc.__doc__)
class Late:
    pass
Late.__doc__ = "set later"
print(Late.__doc__)
