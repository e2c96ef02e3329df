# inventory with exceptions & class hierarchy
class InventoryError(Exception): pass
class OutOfStock(InventoryError):
    def __init__(self, item, want, have):
        self.item, self.want, self.have = item, want, have
        super().__init__(f"{item}: wanted {want}, only {have}")
class UnknownItem(InventoryError, KeyError): pass
class Inventory:
    def __init__(self): self._s = {}
    def add(self, item, n=1):
        if n <= 0: raise ValueError("n must be positive")
        self._s[item] = self._s.get(item, 0) + n
    def remove(self, item, n=1):
        if item not in self._s: raise UnknownItem(item)
        if self._s[item] < n: raise OutOfStock(item, n, self._s[item])
        self._s[item] -= n
        if not self._s[item]: del self._s[item]
    def __repr__(self): return f"Inventory({dict(sorted(self._s.items()))})"
    def __len__(self): return sum(self._s.values())
inv = Inventory()
for op in [("add", "apple", 5), ("add", "pear", 2), ("remove", "apple", 3), ("remove", "pear", 5), ("remove", "kiwi", 1), ("add", "fig", 0), ("remove", "pear", 2)]:
    try:
        getattr(inv, op[0])(*op[1:]); print("ok", op, inv, len(inv))
    except OutOfStock as e: print("OutOfStock", e, e.want - e.have)
    except KeyError as e: print("KeyError", repr(e), isinstance(e, InventoryError), type(e).__mro__[1:3])
    except ValueError as e: print("ValueError", e)
