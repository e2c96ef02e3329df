import os
import select
import signal

print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL, select.PIPE_BUF)

r, w = os.pipe()
print(select.select([r], [], [], 0))
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"data")
print(select.select([r], [w], [r], 0.5) == ([r], [w], []))


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "F(%s)" % ("r" if self.fd == r else "w" if self.fd == w else self.fd)


fr = F(r)
rl, wl, xl = select.select([fr, r], [F(w)], [])
print(rl[0], rl[1] == r, [type(x).__name__ for x in wl], xl)
print(os.read(r, 100))
print(select.select((r,), (), (), 0.01))

for bad in ([-1], ["x"], [F("a")], [2 ** 40]):
    try:
        select.select(bad, [], [], 0)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    select.select([r], [], [], -1)
except ValueError as e:
    print("ValueError", e)
try:
    select.select([r], [], [], "1")
except TypeError as e:
    print("TypeError", e)
try:
    select.select(1, [], [])
except TypeError as e:
    print("TypeError", e)

# poll
p = select.poll()
print(type(p).__name__)
p.register(r, select.POLLIN)
p.register(F(w), select.POLLOUT)
print(p.poll(0) == [(w, select.POLLOUT)])
os.write(w, b"x")
print(sorted(p.poll(100)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
p.unregister(w)
print(p.poll() == [(r, select.POLLIN)])
os.read(r, 1)
print(p.poll(10))
try:
    p.modify(12345, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
try:
    p.unregister(12345)
except KeyError as e:
    print("KeyError", e)
os.close(w)
print(p.poll(0) == [(r, select.POLLHUP)])
os.close(r)
print(p.poll(0) == [(r, select.POLLNVAL)])

# a signal handler runs during a blocking select; the wait resumes
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
r, w = os.pipe()
signal.setitimer(signal.ITIMER_REAL, 0.02)
print(select.select([r], [], [], 0.2), got)


class Stop(Exception):
    pass


def stop(s, f):
    raise Stop


signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    select.select([r], [], [])
except Stop:
    print("select interrupted")
p = select.poll()
p.register(r)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    p.poll()
except Stop:
    print("poll interrupted")
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# epoll
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLLRDHUP)
ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(r, select.EPOLLIN)
ep.register(w, select.EPOLLOUT)
print(ep.poll(0) == [(w, select.EPOLLOUT)])
os.write(w, b"hi")
print(sorted(ep.poll(0.1)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]))
ep.unregister(w)
print(ep.poll(0, 1) == [(r, select.EPOLLIN)])
try:
    ep.register(r)
except FileExistsError as e:
    print("FileExistsError", e.errno)
ep.close()
print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print("ValueError", e)
with select.epoll() as ep2:
    print(ep2.closed)
print(ep2.closed)
os.close(r)
os.close(w)
