# sched: ordering by time and priority, cancel, queue, non-blocking run,
# with a fake clock.
import sched

now = [0.0]
log = []


def clock():
    return now[0]


def sleep(d):
    log.append(("sleep", d))
    now[0] += d


s = sched.scheduler(clock, sleep)
print(s.empty())
e1 = s.enter(5, 1, log.append, ("five",))
e2 = s.enter(2, 2, log.append, ("two-low",))
e3 = s.enter(2, 1, log.append, ("two-high",))
e4 = s.enterabs(10, 1, lambda **kw: log.append(("kw", kw)), kwargs={"a": 1})
e5 = s.enter(3, 1, log.append, ("cancelled",))
print(s.empty(), [(e.time, e.priority, e.argument) for e in s.queue])
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError:
    print("ValueError on second cancel")
print(e1.time, e1.priority, e1.sequence, e1.action is log.append, e1.argument, e1.kwargs, e1 < e4)
print(s.run(blocking=False), log)
s.run()
print(log, now[0], s.empty(), s.run())
s.enter(1, 0, log.append, ("later",))
now[0] = 0.5 + now[0]
print(s.run(blocking=False))


def chain():
    log.append("chain")
    if log.count("chain") < 3:
        s.enter(1, 0, chain)


s2 = sched.scheduler(clock, sleep)
log.clear()
s2.enter(0, 0, chain)
s.enter(0, 0, chain)
s.run()
print(log)
print(sched.Event._fields)
