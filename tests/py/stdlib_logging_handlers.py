# logging.handlers: rotating files (size and time, with fixed times),
# WatchedFileHandler, BufferingHandler, MemoryHandler, QueueHandler and
# QueueListener, and the network handlers without a live peer.
import io
import logging
import logging.handlers as H
import os
import pickle
import queue
import struct
import tempfile

d = tempfile.mkdtemp()


def listing():
    return sorted(os.listdir(d))


def read(name):
    with open(os.path.join(d, name)) as f:
        return f.read()


def rec(msg, level=logging.INFO, name="t", args=None):
    return logging.LogRecord(name, level, "/x/y.py", 3, msg, args, None)


# ---- RotatingFileHandler
path = os.path.join(d, "size.log")
h = H.RotatingFileHandler(path, maxBytes=30, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
for i in range(8):
    h.emit(rec("message number %d" % i))
h.close()
print(listing())
for n in listing():
    print(n, repr(read(n)))
print(h.maxBytes, h.backupCount, h.mode)
h0 = H.RotatingFileHandler(os.path.join(d, "nomax.log"), mode="w", delay=True)
print(h0.stream, h0.mode, h0.shouldRollover(rec("x")))
h0.close()

# namer and rotator
path = os.path.join(d, "named.log")
h = H.RotatingFileHandler(path, maxBytes=10, backupCount=3)
h.namer = lambda name: name + ".bak"
moved = []


def rotator(src, dst):
    moved.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)


h.rotator = rotator
for i in range(4):
    h.emit(rec("line %d" % i))
h.close()
print(moved)
print([n for n in listing() if n.startswith("named")])

# ---- TimedRotatingFileHandler with fixed times (UTC)
T0 = 1700000000  # 2023-11-14 22:13:20 UTC, a Tuesday
for when, interval in [("S", 1), ("M", 5), ("H", 2), ("D", 1), ("MIDNIGHT", 1), ("W0", 1),
                       ("W1", 1), ("W6", 1)]:
    th = H.TimedRotatingFileHandler(os.path.join(d, "t_%s.log" % when), when=when,
                                    interval=interval, utc=True, delay=True)
    print(when, th.interval, th.suffix, th.computeRollover(T0) - T0,
          th.extMatch.pattern)
    th.close()

import datetime
th = H.TimedRotatingFileHandler(os.path.join(d, "at.log"), when="midnight", utc=True,
                                atTime=datetime.time(6, 30), delay=True)
print("atTime", th.computeRollover(T0) - T0, th.computeRollover(T0 - 20000) - T0)
th.close()
th = H.TimedRotatingFileHandler(os.path.join(d, "at.log"), when="w3", utc=True,
                                atTime=datetime.time(1, 0), delay=True)
print("weekly atTime", th.computeRollover(T0) - T0)
th.close()

for bad in ["W", "W7", "X", "W12"]:
    try:
        H.TimedRotatingFileHandler(os.path.join(d, "bad.log"), when=bad, delay=True)
    except ValueError as e:
        print(e)

path = os.path.join(d, "timed.log")
th = H.TimedRotatingFileHandler(path, when="H", utc=True, backupCount=2)
th.setFormatter(logging.Formatter("%(message)s"))
for k in range(4):
    th.stream.write("hour %d\n" % k)
    th.rolloverAt = T0 + 3600 * (k + 1)
    th.doRollover()
th.stream.write("current\n")
th.close()
print([n for n in listing() if n.startswith("timed")])
for n in listing():
    if n.startswith("timed"):
        print(n, repr(read(n)))
# rolloverAt was recomputed from the (real) current time: in the future
import time
print(th.rolloverAt > time.time() - 5)
print(th.shouldRollover(rec("x")))

# ---- WatchedFileHandler
path = os.path.join(d, "watched.log")
wh = H.WatchedFileHandler(path)
wh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
wh.emit(rec("first"))
os.rename(path, path + ".old")
wh.emit(rec("second"))
os.remove(path)
wh.emit(rec("third"))
wh.close()
print(repr(read("watched.log")), repr(read("watched.log.old")))

# ---- BufferingHandler / MemoryHandler
bh = H.BufferingHandler(3)
for i in range(5):
    bh.handle(rec("b%d" % i))
print(len(bh.buffer), [r.msg for r in bh.buffer], bh.shouldFlush(rec("z")))
bh.close()
print(len(bh.buffer))

out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
mh = H.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
mh.handle(rec("m1"))
mh.handle(rec("m2", logging.DEBUG))
print(repr(out.getvalue()))
mh.handle(rec("m3", logging.ERROR))
print(repr(out.getvalue()))
for i in range(5):
    mh.handle(rec("n%d" % i))
print(repr(out.getvalue()), len(mh.buffer))
mh.close()
print(repr(out.getvalue()), mh.target)
mh2 = H.MemoryHandler(10, target=target, flushOnClose=False)
mh2.handle(rec("never"))
mh2.close()
print("never" in out.getvalue())
mh3 = H.MemoryHandler(1)
mh3.handle(rec("no target"))
print(len(mh3.buffer))
mh3.setTarget(target)
mh3.flush()
print(out.getvalue().splitlines()[-1])

# ---- QueueHandler / QueueListener
q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter("Q %(message)s"))
lg = logging.getLogger("queued")
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.addHandler(qh)
lg.info("hello %s", "world")
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("boom")
r = q.get_nowait()
print(r.msg, r.message, r.args, r.exc_info, r.exc_text, r.name)
r = q.get_nowait()
print(r.msg.splitlines()[0], r.msg.splitlines()[-1], r.exc_info)

out2 = io.StringIO()
lh = logging.StreamHandler(out2)
lh.setFormatter(logging.Formatter("L %(levelname)s %(message)s"))
lh.setLevel(logging.WARNING)
listener = H.QueueListener(q, lh, respect_handler_level=True)
listener.start()
lg.debug("d")
lg.warning("w1")
lg.error("e1")
listener.stop()
print(repr(out2.getvalue()))
print(q.empty())
listener2 = H.QueueListener(q, lh)
listener2.start()
lg.debug("d2")
listener2.stop()
print(repr(out2.getvalue()))

sq = queue.SimpleQueue()
lg.removeHandler(qh)
lg.addHandler(H.QueueHandler(sq))
listener3 = H.QueueListener(sq, lh)
listener3.start()
lg.info("simple %d", 3)
listener3.stop()
print(repr(out2.getvalue().splitlines()[-1]))


class MyListener(H.QueueListener):
    def prepare(self, record):
        record.msg = "prepared " + record.msg
        return record


listener4 = MyListener(q, lh)
listener4.start()
q.put_nowait(rec("raw"))
listener4.stop()
print(repr(out2.getvalue().splitlines()[-1]))

# ---- SocketHandler / DatagramHandler: pickles
sh = H.SocketHandler("localhost", None)
print(sh.address, sh.closeOnError, sh.retryStart, sh.retryMax, sh.retryFactor, sh.sock)
sh2 = H.SocketHandler("127.0.0.1", H.DEFAULT_TCP_LOGGING_PORT)
print(sh2.address)
r = rec("pickled %s", logging.WARNING, args=("arg",))
data = sh2.makePickle(r)
n = struct.unpack(">L", data[:4])[0]
print(n == len(data) - 4)
dd = pickle.loads(data[4:])
print(dd["msg"], dd["args"], dd["exc_info"], dd["levelname"], dd["name"], "message" in dd)
dh = H.DatagramHandler("localhost", H.DEFAULT_UDP_LOGGING_PORT)
print(dh.closeOnError, dh.address)
sh.close()
sh2.close()
dh.close()

# ---- SysLogHandler
sl = H.SysLogHandler(address=("localhost", H.SYSLOG_UDP_PORT))
print(sl.encodePriority("user", "info"), sl.encodePriority(sl.LOG_LOCAL3, sl.LOG_ERR))
print(sl.encodePriority("mail", "warning"), sl.mapPriority("ERROR"), sl.mapPriority("FOO"))
print(sl.unixsocket, sl.facility, sl.ident, sl.append_nul)
print(len(sl.priority_names), len(sl.facility_names))
sl.close()

# ---- HTTPHandler / SMTPHandler / NTEventLogHandler: construction
hh = H.HTTPHandler("localhost:9022", "/log", method="post")
print(hh.method, hh.host, hh.url, hh.secure)
print(sorted(hh.mapLogRecord(rec("x")))[:5])
for kw in [{"method": "PUT"}, {"context": object()}]:
    try:
        H.HTTPHandler("h", "/u", **kw)
    except ValueError as e:
        print(e)
sm = H.SMTPHandler(("mail", 25), "me@x", "you@y", "Subj", credentials=("u", "p"))
print(sm.mailhost, sm.mailport, sm.toaddrs, sm.username, sm.getSubject(rec("x")))
sm2 = H.SMTPHandler("mail", "me@x", ["a", "b"], "S")
print(sm2.mailhost, sm2.mailport, sm2.toaddrs, sm2.username, sm2.timeout)
nt = H.NTEventLogHandler("app")
nt.emit(rec("ignored"))
nt.close()
print(H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.DEFAULT_HTTP_LOGGING_PORT,
      H.DEFAULT_SOAP_LOGGING_PORT, H.SYSLOG_UDP_PORT, H.SYSLOG_TCP_PORT)
