# contextvars: ContextVar get/set/reset, Token, Context mapping / run /
# copy, isolation between contexts and threads.
import contextvars
import threading

v = contextvars.ContextVar("v", default=10)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is w)
t = v.set(20)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
t2 = v.set(30)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    w.reset(t)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
v.reset(t)
print(v.get())

ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, list(ctx.keys()) == [], ctx.get(v, "none"))
w.set("outer")


def inside(arg):
    w.set("inner-" + arg)
    v.set(99)
    return w.get(), v.get()


print(ctx.run(inside, "x"), w.get(), v.get())
print(ctx[w], ctx.get(v), len(ctx), sorted(var.name for var in ctx))
print(sorted((k.name, val) for k, val in ctx.items()), sorted(map(str, ctx.values())))
ctx2 = ctx.copy()
ctx2.run(lambda: w.set("changed"))
print(ctx[w], ctx2[w], ctx == ctx2, ctx == ctx.copy())
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
tok = ctx.run(w.set, "in ctx")
try:
    w.reset(tok)
except ValueError as e:
    print("ValueError", "was created in a different Context" in str(e))

results = []


def worker():
    results.append(w.get("unset in thread"))
    w.set("thread value")
    results.append(w.get())


th = threading.Thread(target=worker)
th.start()
th.join()
print(results, w.get())
empty = contextvars.Context()
print(len(empty), empty.run(v.get), empty.run(w.get, "dflt"))
for bad in [lambda: contextvars.ContextVar(1), lambda: contextvars.Token()]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)
print(contextvars.ContextVar[int], repr(v).startswith("<ContextVar name='v' default=10 at 0x"))
print(repr(w).startswith("<ContextVar name='w' at 0x"), repr(t).startswith("<Token used var=<ContextVar name='v'"))
try:
    hash(ctx)
except TypeError:
    print("unhashable")
