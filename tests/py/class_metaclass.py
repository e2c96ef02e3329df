class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def describe(cls):
        return "class " + cls.__name__
class Base(metaclass=Meta):
    pass
class Derived(Base):
    pass
print(Base.created_by, Derived.created_by, type(Derived).__name__)
print(Derived.describe(), isinstance(Derived, Meta), isinstance(Derived(), Base))
class Plain(metaclass=type):
    pass
print(type(Plain))
