# logging: lastResort, basicConfig(force, format fields incl. funcName/lineno), hierarchy, handlers, filters, adapters, disable, exception().
import logging, sys, io
logging.warning("plain %s", "warning")
logging.info("not shown")
log = logging.getLogger("app.sub")
log.error("error with %d", 42)
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s", force=True, stream=sys.stdout)
def work():
    log.debug("debug from work")
    log.info("info %s", {"k": 1})
work()
try:
    1/0
except ZeroDivisionError:
    log.exception("failed")
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
h.setLevel(logging.WARNING)
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.warning("w1"); other.info("i1"); other.critical("c1")
print(repr(s.getvalue()))
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5))
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), log.parent.name, logging.getLogger("app").name)
print(log, logging.getLogger(), logging.getLogger("app.sub") is log)
ad = logging.LoggerAdapter(log, {"user": "bob"})
ad.info("adapted")
class F(logging.Filter):
    def filter(self, r): return "keep" in r.getMessage()
log.addFilter(F())
log.info("drop me"); log.info("keep me")
logging.disable(logging.INFO)
log.info("disabled"); log.warning("still warns")
logging.disable(logging.NOTSET)
f2 = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r = logging.makeLogRecord({"msg": "hi", "created": 0.0, "msecs": 0})
print(len(f2.format(r).split()[0]) == 4, f2.format(r).split()[1])
