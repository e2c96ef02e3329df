class Employee:
    raise_amt = 1.04
    num = 0
    def __init__(self, first, last, pay):
        self.first, self.last, self.pay = first, last, pay
        Employee.num += 1
    @property
    def email(self): return f"{self.first}.{self.last}@company.com".lower()
    @property
    def fullname(self): return f"{self.first} {self.last}"
    @fullname.setter
    def fullname(self, name): self.first, self.last = name.split(" ")
    @fullname.deleter
    def fullname(self): print("Delete Name!"); self.first = self.last = None
    def apply_raise(self): self.pay = int(self.pay * self.raise_amt)
    @classmethod
    def set_raise_amt(cls, amount): cls.raise_amt = amount
    @classmethod
    def from_string(cls, s): return cls(*s.split("-")[:2], int(s.split("-")[2]))
    @staticmethod
    def is_workday(day): return day.weekday() < 5 if hasattr(day, "weekday") else day not in ("Sat", "Sun")
    def __repr__(self): return f"Employee('{self.first}', '{self.last}', {self.pay})"
    def __str__(self): return f"{self.fullname} - {self.email}"
    def __add__(self, other): return self.pay + other.pay
    def __len__(self): return len(self.fullname)
class Developer(Employee):
    raise_amt = 1.10
    def __init__(self, first, last, pay, lang): super().__init__(first, last, pay); self.lang = lang
class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay); self.employees = employees or []
    def add_emp(self, e):
        if e not in self.employees: self.employees.append(e)
    def remove_emp(self, e):
        if e in self.employees: self.employees.remove(e)
    def print_emps(self):
        for e in self.employees: print("-->", e.fullname)
e1 = Employee("Corey", "Schafer", 50000); e2 = Employee.from_string("John-Doe-70000")
d1 = Developer("Test", "Dev", 60000, "Python"); m = Manager("Sue", "Smith", 90000, [d1])
m.add_emp(e2); m.remove_emp(d1); m.print_emps()
Employee.set_raise_amt(1.05); e1.apply_raise(); d1.apply_raise(); print(e1.pay, d1.pay, e1.raise_amt, d1.raise_amt, Employee.num)
print(e1, repr(e2), e1 + e2, len(e1), Employee.is_workday("Mon"), Employee.is_workday("Sun"))
e1.fullname = "Corey Smith"; print(e1.email); del e1.fullname; print(e1.first)
print(isinstance(m, Developer), issubclass(Manager, Employee), Developer.__mro__)
print(e1.__dict__, "pay" in vars(d1), sorted(vars(m)))
help_text = Developer.__init__.__qualname__; print(help_text)
