class Inventory:
    def __init__(self): self.stock = {}
    def remove(self, item, n):
        if self.stock.get(item, 0) < n:
            raise ValueError(
                f"not enough {item}: "
                f"have {self.stock.get(item, 0)}, need {n}")
        self.stock[item] -= n
inv = Inventory()
inv.stock["apple"] = 3
inv.remove("apple", 2)
result = (inv.stock["apple"] +
          inv.stock["pear"])
