class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()], D.__subclasses__())
print(D.__bases__, D.__base__, A.__base__)
print(object in D.__mro__, len(D.__mro__))
print(type.mro(D) == list(D.__mro__))
