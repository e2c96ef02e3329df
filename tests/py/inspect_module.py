# inspect: predicates, members, docs, source, frames, signature/bind.
import inspect
import functools
import sys


def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

        Indented line.
    """
    return a


def gen():
    yield 1


async def coro():
    return 1


class Base:
    """Base doc."""
    attr = 1

    def method(self, x, y=3):
        """method doc"""
        return x

    @classmethod
    def cm(cls, z):
        pass

    @staticmethod
    def sm(q, /, r):
        pass

    @property
    def prop(self):
        return 5


class Derived(Base):
    def method(self, x, y=3):
        return x + 1


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def wrapped(p: int, q: "str" = "s") -> bool:
    # body comment
    return True


print("--- predicates")
for name, obj in [("plain", plain), ("gen", gen), ("coro", coro), ("Base", Base),
                  ("Base().method", Base().method), ("len", len), ("inspect", inspect),
                  ("Base.prop", Base.__dict__["prop"]), ("lambda", lambda: 0)]:
    print(name, inspect.isfunction(obj), inspect.isclass(obj), inspect.ismethod(obj),
          inspect.isgeneratorfunction(obj), inspect.iscoroutinefunction(obj),
          inspect.isbuiltin(obj), inspect.ismodule(obj), inspect.isroutine(obj),
          inspect.isdatadescriptor(obj))
g = gen()
print(inspect.isgenerator(g), inspect.isgenerator(gen), inspect.isawaitable(g))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.iscode(plain.__code__), inspect.isframe(sys._getframe()))
print(inspect.isgeneratorfunction(functools.partial(gen)))

print("--- generator state")
def counter():
    x = 10
    yield x
    x += 1
    yield x
g = counter()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
for _ in g:
    pass
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

print("--- members")
print([n for n, v in inspect.getmembers(Derived) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Derived, inspect.isfunction)])
print(inspect.getmro(Derived) == (Derived, Base, object))
class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
print([n for n, v in inspect.getmembers(Slotted()) if not n.startswith("__")])
for a in inspect.classify_class_attrs(Derived):
    if not a.name.startswith("__"):
        print(a.name, a.kind, a.defining_class.__name__)

print("--- docs")
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Derived)))
print(repr(inspect.getdoc(Derived.method)))
print(repr(inspect.getdoc(Derived().method)))
print(repr(inspect.cleandoc("  first\n    second\n      third\n\n")))
print(repr(inspect.cleandoc("\n\n\tx\n\t  y\n")))
print(inspect.indentsize("    x"), inspect.indentsize("\tx"))

print("--- source")
print(inspect.getsource(plain), end="")
print(inspect.getsource(Base.cm), end="")
print(inspect.getsourcelines(Derived)[1])
print(inspect.getsource(Derived), end="")
print(inspect.getsource(wrapped), end="")
print(inspect.getsourcelines(Base.prop.fget)[1])
print(inspect.getfile(plain) == __file__, inspect.getsourcefile(plain) == __file__)
print(inspect.getmodule(plain) is sys.modules[__name__], inspect.getmodule(Base).__name__)
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
lam = lambda v: (v,
                 v)
print(inspect.getsource(lam), end="")
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.getfile(sys)
except TypeError as e:
    print("TypeError", e)
# A comment about commented
def commented():
    pass
print(repr(inspect.getcomments(commented)))

print("--- frames")
def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name
print(where())
def outer():
    return inner()
def inner():
    st = inspect.stack()
    return [(fi.function, fi.lineno > 0, fi.filename == __file__) for fi in st[:3]]
print(outer())
def info():
    fi = inspect.getframeinfo(sys._getframe())
    return fi.function, fi.code_context, fi.index
print(info())
try:
    def boom():
        raise ValueError
    boom()
except ValueError:
    print([r.function for r in inspect.trace()])
print(inspect.getargvalues(sys._getframe()).args)

print("--- unwrap / getattr_static")
print(inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is not wrapped)
print(inspect.unwrap(wrapped, stop=lambda f: True) is wrapped)
class Dyn:
    x = 1
    def __getattr__(self, n):
        return "dyn"
    @property
    def p(self):
        raise RuntimeError
d = Dyn()
d.y = 2
print(inspect.getattr_static(d, "x"), inspect.getattr_static(d, "y"))
print(type(inspect.getattr_static(d, "p")).__name__, inspect.getattr_static(d, "zz", "dflt"))
try:
    inspect.getattr_static(d, "zz")
except AttributeError as e:
    print("AttributeError", e)
print(inspect.getattr_static(Base, "cm").__class__.__name__)
loop1 = lambda: 0
loop1.__wrapped__ = loop1
try:
    inspect.unwrap(loop1)
except ValueError as e:
    print("ValueError", str(e)[:30])

print("--- signature")
sig = inspect.signature(plain)
print(sig)
print(list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is p.empty, repr(p))
print(inspect.signature(wrapped))
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(Base().method), inspect.signature(Base.method))
print(inspect.signature(Base.cm), inspect.signature(Base.sm))
print(inspect.signature(Derived))
class WithInit:
    def __init__(self, a, *, b=1):
        pass
print(inspect.signature(WithInit))
class WithCall:
    def __call__(self, x, y=2):
        pass
print(inspect.signature(WithCall()))
print(inspect.signature(functools.partial(plain, 1, c=3)))
print(inspect.signature(lambda *a, **k: 0))
def posonly(a, b, /, c, *, d):
    pass
print(inspect.signature(posonly))
def annotated(x: int, y: "list[int]" = None, *z: str, **w: float) -> "Base":
    pass
print(inspect.signature(annotated))
print(inspect.signature(annotated).return_annotation)
print(inspect.signature(plain) == inspect.signature(plain), hash(inspect.signature(plain)) == hash(inspect.signature(plain)))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError", e)

print("--- bind")
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba)
print(ba.args, ba.kwargs)
ba = sig.bind(1, c=5)
print(ba.arguments)
ba.apply_defaults()
print(ba)
print(sig.bind_partial(c=1))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"a": 3, "c": 1}), ((1,), {"c": 1, "zz": 1})]:
    try:
        print(inspect.signature(posonly).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(posonly).bind(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.signature(lambda a: 0).bind(1, 2)
except TypeError as e:
    print("TypeError", e)

print("--- Parameter / Signature objects")
P = inspect.Parameter
p = P("x", P.KEYWORD_ONLY, default=5, annotation=int)
print(p, repr(p), p.replace(name="y", default=P.empty))
print(str(P.VAR_POSITIONAL), repr(P.POSITIONAL_ONLY), int(P.KEYWORD_ONLY))
for bad in [lambda: P("x", P.VAR_POSITIONAL, default=1), lambda: P("def", P.POSITIONAL_OR_KEYWORD),
            lambda: P(1, P.POSITIONAL_ONLY), lambda: P("a-b", P.POSITIONAL_ONLY)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
                       P("k", P.KEYWORD_ONLY)], return_annotation=list)
print(s, s.replace(return_annotation=inspect.Signature.empty))
for params in [[P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)],
               [P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)],
               [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]]:
    try:
        inspect.Signature(params)
    except ValueError as e:
        print("ValueError", e)
def f2(x):
    pass
f2.__signature__ = s
print(inspect.signature(f2))

print("--- getfullargspec / getcallargs / getclosurevars")
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))
print(inspect.getcallargs(plain, 1, 2, 3, c=4, z=9))
try:
    inspect.getcallargs(plain)
except TypeError as e:
    print("TypeError", e)
k = 7
def closure_maker():
    n = 3
    def inner():
        return n + k + len("x") + undefined_name
    return inner
cv = inspect.getclosurevars(closure_maker())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation(Base))
print(inspect.isabstract(Base))
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def m(self):
        pass
print(inspect.isabstract(Abstract))

print("--- partial signatures")
def pf(a, b, /, c, d=1, *args, e, f=2, **kw):
    pass
for part in [functools.partial(pf, 1), functools.partial(pf, 1, 2), functools.partial(pf, 1, 2, 3, 4, 5),
             functools.partial(pf, 1, 2, d=7), functools.partial(pf, 1, c=0), functools.partial(pf, e=5, z=1)]:
    print(inspect.signature(part))
try:
    inspect.signature(functools.partial(pf, a=1))
except ValueError as e:
    print("ValueError", e.__class__.__name__)
class PM:
    def m(self, a, b):
        pass
    pm = functools.partialmethod(m, 1)
print(inspect.signature(PM.pm), inspect.signature(PM().pm))
print(inspect.signature(posonly).bind(1, 2, 3, d=4).arguments)
print(inspect.signature(plain).bind(1, 2, c=3, kw=1))
