# richards: Martin Richards' operating-system kernel simulation: six tasks
# (idle, worker, two handlers, two devices) exchange packets through a
# priority scheduler (attribute access, method calls, linked lists).
# Size: the number of complete simulations. Check: every simulation must
# queue 23246 packets and hold tasks 9297 times (the classic figures).
import sys


def bench_size(default, smoke):
    """The problem size: --size N (or --size smoke), else COIL_BENCH_SIZE."""
    val = None
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--size" and i + 1 < len(args):
            val = args[i + 1]
        elif a.startswith("--size="):
            val = a[7:]
    if val is None:
        try:
            import os
            val = os.environ.get("COIL_BENCH_SIZE")
        except ImportError:
            val = None
    if not val:
        return default
    if val == "smoke":
        return smoke
    return int(val)


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check_close(what, got, want, rel=1e-9):
    if abs(got - want) > rel * max(1.0, abs(want)):
        fail("%s: got %r, expected %r" % (what, got, want))

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEVICE_A, I_DEVICE_B = 1, 2, 3, 4, 5, 6
K_DEVICE, K_WORK = 1000, 1001
BUF_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE


def append_packet(pkt, queue):
    pkt.link = None
    if queue is None:
        return pkt
    last = queue
    while last.link is not None:
        last = last.link
    last.link = pkt
    return queue


class Task:
    """A task control block; subclasses supply step(pkt)."""

    def __init__(self, sched, ident, priority, queue, pending, waiting):
        self.sched = sched
        self.link = sched.head
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        sched.head = self
        sched.table[ident] = self

    def blocked(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def run(self):
        pkt = None
        if self.packet_pending and self.waiting and not self.holding:
            pkt = self.input
            self.input = pkt.link
            self.waiting = False
            self.packet_pending = self.input is not None
        return self.step(pkt)

    def add_packet(self, pkt, current):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            append_packet(pkt, self.input)
        return current


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, I_IDLE, 0, None, False, False)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(I_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(I_DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, I_WORK, 1000, queue, True, True)
        self.dest = I_HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait_current()
        self.dest = I_HANDLER_B if self.dest == I_HANDLER_A else I_HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        data = pkt.data
        for i in range(BUF_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = append_packet(pkt, self.work_in)
            else:
                self.device_in = append_packet(pkt, self.device_in)
        work = self.work_in
        if work is not None:
            n = work.datum
            if n < BUF_SIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[n]
                    work.datum = n + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pending = self.pending
            if pending is None:
                return self.sched.wait_current()
            self.pending = None
            return self.sched.queue_packet(pending)
        self.pending = pkt
        return self.sched.hold_current()


class Scheduler:
    def __init__(self):
        self.head = None
        self.table = [None] * 7
        self.current = None
        self.current_id = 0
        self.queue_count = 0
        self.hold_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        return t.add_packet(pkt, self.current)

    def run(self):
        t = self.head
        while t is not None:
            if t.blocked():
                t = t.link
            else:
                self.current = t
                self.current_id = t.ident
                t = t.run()


def simulate():
    s = Scheduler()
    IdleTask(s, 10000)
    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(s, q)
    q = None
    for _ in range(3):
        q = Packet(q, I_DEVICE_A, K_DEVICE)
    HandlerTask(s, I_HANDLER_A, 2000, q)
    q = None
    for _ in range(3):
        q = Packet(q, I_DEVICE_B, K_DEVICE)
    HandlerTask(s, I_HANDLER_B, 3000, q)
    DeviceTask(s, I_DEVICE_A, 4000)
    DeviceTask(s, I_DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


def main():
    n = bench_size(60, 1)
    for i in range(n):
        counts = simulate()
        if counts != (23246, 9297):
            fail("simulation %d: queue/hold counts %r, expected (23246, 9297)" % (i, counts))
    print("richards: %d simulations, counts %r" % (n, counts))


main()
