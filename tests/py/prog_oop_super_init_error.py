class Base:
    def __init__(self, x): self.x = x
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x, y)
Derived(1, 2)
