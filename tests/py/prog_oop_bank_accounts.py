class BankAccount:
    interest_rate = 0.02
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner; self._balance = balance; self.transactions = []
        self.id = BankAccount._next_id; BankAccount._next_id += 1
    def deposit(self, amt):
        if amt <= 0: raise ValueError("Deposit must be positive")
        self._balance += amt; self.transactions.append(("deposit", amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFundsError(self._balance, amt)
        self._balance -= amt; self.transactions.append(("withdraw", amt)); return self
    @property
    def balance(self): return round(self._balance, 2)
    def apply_interest(self): self._balance *= 1 + self.interest_rate
    def __str__(self): return f"Account #{self.id} [{self.owner}]: ${self.balance:,.2f}"
    def __repr__(self): return f"{self.__class__.__name__}({self.owner!r}, {self.balance})"
class SavingsAccount(BankAccount):
    interest_rate = 0.05
    def __init__(self, owner, balance=0.0, min_balance=100):
        super().__init__(owner, balance); self.min_balance = min_balance
    def withdraw(self, amt):
        if self._balance - amt < self.min_balance:
            raise InsufficientFundsError(self._balance - self.min_balance, amt)
        return super().withdraw(amt)
class InsufficientFundsError(Exception):
    def __init__(self, available, requested):
        self.available, self.requested = available, requested
        super().__init__(f"Requested ${requested:.2f}, only ${available:.2f} available")
accts = [BankAccount("Alice", 500), SavingsAccount("Bob", 1000), BankAccount("Carol")]
accts[0].deposit(250).withdraw(100)
accts[1].withdraw(850)
for a in accts: a.apply_interest()
for a in accts: print(a)
print(accts)
for a, amt in [(accts[1], 200), (accts[2], 1), (accts[0], -5)]:
    try:
        a.withdraw(amt) if amt > 0 else a.deposit(amt)
    except InsufficientFundsError as e:
        print(f"{a.owner}: {e} (short by {e.requested - e.available:.2f})")
    except ValueError as e:
        print(f"{a.owner}: {e}")
print(accts[0].transactions, sorted(accts, key=lambda a: a.balance, reverse=True)[0].owner)
print(f"{'Owner':<8}{'Type':<16}{'Balance':>12}")
for a in accts: print(f"{a.owner:<8}{type(a).__name__:<16}{a.balance:>12,.2f}")
total = sum(a.balance for a in accts); print(f"{'TOTAL':<24}{total:>12,.2f}")
