import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
print(types.FunctionType, types.GeneratorType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.NoneType)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]) is types.GenericAlias)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
m = types.MappingProxyType({'a': 1})
print(m['a'], len(m), list(m), 'a' in m)
try: m['b'] = 2
except TypeError as e: print(e)
C = types.new_class('C', (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x)
def g(x: list[int], y: dict[str, int] = None) -> tuple[int, ...]: return x
print(g([1]), g.__annotations__)
