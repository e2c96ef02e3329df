class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner; self._balance = balance
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError("negative balance")
        self._balance = v
    @balance.deleter
    def balance(self): print("deleting"); self._balance = 0
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(self, amt)
        self._balance -= amt
class InsufficientFunds(Exception):
    def __init__(self, acct, amt):
        super().__init__(f"{acct.owner} cannot withdraw {amt}")
        self.acct = acct
a = Account("ann", 100)
a.balance = 50; print(a.balance)
try: a.balance = -1
except ValueError as e: print(e)
del a.balance; print(a.balance)
try: a.withdraw(10)
except InsufficientFunds as e: print(e)
try: a.nonexistent
except AttributeError as e: print(e)
try: Account.balance.fset(a, 5); print(a.balance)
except Exception as e: print(e)
class RO:
    @property
    def x(self): return 1
try: RO().x = 2
except AttributeError as e: print(e)
try: del RO().x
except AttributeError as e: print(e)
def level3(): return {}["missing"]
def level2(): return level3()
def level1():
    try:
        level2()
    except KeyError as e:
        raise LookupError("translated") from e
class Cm:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
with Cm():
    level1()
