# sys.modules is the import cache: deleting an entry forces a re-execution,
# a module may replace itself in sys.modules, None blocks an import.
import sys
import modpkg.counter
print(modpkg.counter.runs)
import modpkg.counter
print(modpkg.counter.runs)
del sys.modules["modpkg.counter"]
import modpkg.counter as c2
print(c2.runs)
import modpkg.selfreplace as r
print(r, r.name)
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
fake = type(sys)("fake_mod")
fake.answer = 42
sys.modules["fake_mod"] = fake
import fake_mod
from fake_mod import answer
print(fake_mod is fake, answer, fake_mod)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
