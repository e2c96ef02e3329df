class Observable:
    def __init__(self): self._obs = {}
    def on(self, evt, fn=None):
        if fn is None:
            def deco(f): self.on(evt, f); return f
            return deco
        self._obs.setdefault(evt, []).append(fn)
    def emit(self, evt, *a, **k):
        return [f(*a, **k) for f in self._obs.get(evt, [])]
bus = Observable()
@bus.on("greet")
def hi(name, punct="!"): return f"hi {name}{punct}"
bus.on("greet", lambda name, **k: f"yo {name}")
print(bus.emit("greet", "bob"), bus.emit("greet", "al", punct="?"), bus.emit("none"))
class State:
    transitions = {"idle": {"start": "running"}, "running": {"pause": "paused", "stop": "idle"}, "paused": {"resume": "running", "stop": "idle"}}
    def __init__(self): self.state = "idle"; self.history = []
    def fire(self, ev):
        try:
            nxt = self.transitions[self.state][ev]
        except KeyError:
            raise ValueError(f"bad event {ev!r} in state {self.state!r}") from None
        self.history.append((self.state, ev, nxt)); self.state = nxt
        return self
sm = State(); sm.fire("start").fire("pause").fire("resume").fire("stop")
print(sm.state, sm.history)
try: sm.fire("pause")
except ValueError as e: print(e, e.__cause__, e.__suppress_context__, e.__context__ is not None)
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
class Csv(Plugin, name="csv"): pass
class Json(Plugin): pass
print([(c.__name__, c.plugin_name) for c in Plugin.registry])
class Vector2:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0): self.x = x; self.y = y
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): cls = type(self).__name__; return "{}({!r}, {!r})".format(cls, *self)
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(abs(self))
    def __abs__(self): import math; return math.hypot(self.x, self.y)
    def __mul__(self, s): return Vector2(self.x*s, self.y*s)
    def angle(self): import math; return math.atan2(self.y, self.x)
    def __format__(self, fmt=""):
        if fmt.endswith("p"):
            fmt = fmt[:-1]; coords = (abs(self), self.angle()); outer = "<{}, {}>"
        else:
            coords = self; outer = "({}, {})"
        return outer.format(*(format(c, fmt) for c in coords))
v = Vector2(3, 4); print(v, abs(v), bool(Vector2()), v * 2, format(v, ".2f"), format(v, ".3ep"), set([v, Vector2(3,4)]), v == (3, 4))
class Temperature:
    def __init__(self, c=0): self.celsius = c
    @property
    def fahrenheit(self): return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f): self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_f(cls, f): t = cls(); t.fahrenheit = f; return t
    def __repr__(self): return f"{self.celsius:.1f}°C"
print(Temperature(100).fahrenheit, Temperature.from_f(212), Temperature.from_f(-40), sorted([Temperature(5), Temperature(-3)], key=lambda t: t.celsius))
