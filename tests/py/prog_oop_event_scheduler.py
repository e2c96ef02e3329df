import heapq
from dataclasses import dataclass, field
from typing import Callable, Any
@dataclass(order=True)
class Event:
    time: float
    seq: int
    action: Callable = field(compare=False)
    name: str = field(compare=False, default="")
class Scheduler:
    def __init__(self): self.q = []; self.now = 0.0; self.seq = 0; self.log = []
    def at(self, t, name):
        def deco(fn):
            heapq.heappush(self.q, Event(t, self.seq, fn, name)); self.seq += 1; return fn
        return deco
    def after(self, dt, name, fn): heapq.heappush(self.q, Event(self.now + dt, self.seq, fn, name)); self.seq += 1
    def run(self, until=float("inf")):
        while self.q and self.q[0].time <= until:
            ev = heapq.heappop(self.q); self.now = ev.time
            self.log.append(f"{self.now:6.2f} {ev.name}")
            ev.action(self)
sch = Scheduler()
count = {"n": 0}
@sch.at(1.0, "start")
def start(s):
    s.after(0.5, "tick", tick)
def tick(s):
    count["n"] += 1
    if count["n"] < 4: s.after(0.75 * count["n"], f"tick{count['n']}", tick)
@sch.at(2.0, "middle")
def middle(s): s.after(0, "immediate", lambda s: None)
sch.run(until=4)
print("\n".join(sch.log), count, len(sch.q), sch.q[0].name if sch.q else None)
sch.run(); print(sch.log[-1], sch.now)
