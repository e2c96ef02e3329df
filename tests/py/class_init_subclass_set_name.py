class Registry:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.subclasses.append(cls.__name__)
class A(Registry): pass
class B(A): pass
print(Registry.subclasses)
class Tagged:
    def __init_subclass__(cls, tag="none"):
        cls.tag = tag
class T1(Tagged, tag="one"): pass
class T2(Tagged): pass
print(T1.tag, T2.tag)
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.a.owner, Model.b.name)
try:
    class Bad(foo=1): pass
except TypeError as e:
    print("TypeError:", e)
