class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner; self.balance = balance
        self.id = Account._next_id; Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0: raise ValueError(f"Invalid amount: {amt}")
        self.balance += amt; self.history.append(("dep", amt)); return self
    def withdraw(self, amt):
        if amt > self.balance: raise InsufficientFunds(self.balance, amt)
        self.balance -= amt; self.history.append(("wd", amt)); return self
    def __str__(self): return f"Account #{self.id} [{self.owner}]: ${self.balance:,.2f}"
    def __repr__(self): return f"Account({self.owner!r}, {self.balance!r})"
class InsufficientFunds(Exception):
    def __init__(self, bal, amt):
        super().__init__(f"balance {bal:.2f} < {amt:.2f}"); self.bal, self.amt = bal, amt
class Savings(Account):
    interest = 0.05
    def add_interest(self): self.deposit(self.balance * self.interest); return self
a = Account("Ann", 100); s = Savings("Sam", 1000.5)
a.deposit(50).withdraw(30); s.add_interest()
print(a); print(s); print(repr(a), [a, s])
for acct, amt in [(a, 1000), (s, -5)]:
    try:
        acct.withdraw(amt) if amt > 0 else acct.deposit(amt)
    except InsufficientFunds as e: print("Insufficient:", e, e.args)
    except ValueError as e: print("ValueError:", e)
print(a.history, s.history, Savings.interest, Account.interest, s.id)
print(sum(x.balance for x in (a, s)), round(sum(x.balance for x in (a, s)), 2))
inventory = {"apple": (0.5, 10), "banana": (0.25, 24), "cherry": (3.0, 1)}
print(f"{'Item':<10} {'Price':>7} {'Qty':>4} {'Total':>8}")
print("-" * 32)
for name, (price, qty) in sorted(inventory.items(), key=lambda kv: -kv[1][0] * kv[1][1]):
    print(f"{name:<10} {price:>7.2f} {qty:>4d} {price*qty:>8.2f}")
print(f"{'TOTAL':<10} {'':>7} {sum(q for _, q in inventory.values()):>4} {sum(p*q for p, q in inventory.values()):>8.2f}")
class Shape:
    def area(self): raise NotImplementedError
    def __lt__(self, other): return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def __repr__(self): return f"Rect({self.w}x{self.h})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def __repr__(self): return f"Circle(r={self.r})"
shapes = [Rect(3, 4), Circle(1), Rect(1, 1), Circle(2.5)]
print(sorted(shapes), [round(s.area(), 3) for s in shapes], max(shapes))
try: Shape().area()
except NotImplementedError as e: print("NIE", repr(e))
