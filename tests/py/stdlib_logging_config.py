# logging.config: dictConfig (formatters, filters, handlers, loggers, root,
# incremental, disable_existing_loggers, '()' factories, ext:// and cfg://)
# and fileConfig from an .ini file.
import io
import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile

buf = io.StringIO()


class Prefix(logging.Filter):
    def __init__(self, prefix=""):
        logging.Filter.__init__(self)
        self.prefix = prefix

    def filter(self, record):
        record.msg = self.prefix + str(record.msg)
        return True


class MyFormatter(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style="%", tag="T"):
        logging.Formatter.__init__(self, fmt, datefmt, style)
        self.tag = tag

    def format(self, record):
        return "[%s] %s" % (self.tag, logging.Formatter.format(self, record))


def make_handler(stream, level="INFO"):
    h = logging.StreamHandler(stream)
    h.setLevel(level)
    return h


old = logging.getLogger("old.module")
old_child = logging.getLogger("app.child")

cfg = {
    "version": 1,
    "settings": {"stream": buf, "streams": [buf]},
    "formatters": {
        "brief": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "braces": {"format": "{levelname}:{message}", "style": "{"},
        "custom": {"()": MyFormatter, "fmt": "%(message)s", "tag": "C"},
        "custom2": {"()": "__main__.MyFormatter", "format": "%(name)s>%(message)s"},
    },
    "filters": {
        "upper": {"()": Prefix, "prefix": "!", ".": {"marker": 7}},
        "only_app": {"name": "app"},
    },
    "handlers": {
        "main": {"class": "logging.StreamHandler", "stream": "cfg://settings.stream",
                 "formatter": "brief", "level": "DEBUG"},
        "second": {"class": "logging.StreamHandler", "stream": "cfg://settings.streams[0]",
                   "formatter": "braces", "filters": ["upper"]},
        "third": {"()": make_handler, "stream": "cfg://settings[stream]", "level": "WARNING",
                  "formatter": "custom", ".": {"extra_attr": "yes"}},
        "fourth": {"class": "logging.StreamHandler", "stream": "ext://__main__.buf",
                   "formatter": "custom2", "filters": ["only_app"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                "target": "main", "level": "DEBUG"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["main", "second"], "propagate": False},
        "app.sub": {"handlers": ["third"], "level": 20},
        "lib": {"handlers": ["mem"], "propagate": 0, "level": "DEBUG"},
    },
    "root": {"level": "WARNING", "handlers": ["fourth"]},
}
logging.config.dictConfig(cfg)
print("old disabled:", old.disabled, "child disabled:", old_child.disabled)
print("child level", old_child.level, old_child.propagate)

app = logging.getLogger("app")
app.debug("debug %d", 1)
app.info("info")
logging.getLogger("app.sub").info("sub info")
logging.getLogger("app.sub").warning("sub warn")
logging.getLogger("other").warning("other warn")
logging.getLogger("app.x").error("app.x error")
lib = logging.getLogger("lib")
lib.info("lib one")
print("buffered before flush:", repr(buf.getvalue().count("lib one")))
lib.info("lib two")
print(buf.getvalue(), end="")
print("---")
h3 = logging.getLogger("app.sub").handlers[0]
print(type(h3).__name__, h3.extra_attr, h3.level, h3.name)
fl = logging.getLogger("app").handlers[1].filters[0]
print(type(fl).__name__, fl.marker, fl.prefix)
print(sorted(logging._handlers))
print(cfg["handlers"]["main"] is logging._handlers.get("main"))

# incremental: only levels change
buf.seek(0)
buf.truncate()
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"main": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "INFO"}}})
app.info("filtered by main, not by second")
app.error("both")
print(buf.getvalue(), end="")
print("app level", app.level)

# errors
for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "formatters": {"f": {"()": "nosuchmodule_xyz.F"}}},
            {"version": 1, "loggers": {"a": {"handlers": ["missing"]}}},
            {"version": 1, "incremental": True, "handlers": {"zzz": {}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler",
                                               "stream": "cfg://nothing"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler",
                                               "formatter": "nope"}}}]:
    try:
        logging.config.dictConfig(bad)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__)

try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print(e)

# disable_existing_loggers=False keeps old loggers going
keep = logging.getLogger("keepme")
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
print("keepme disabled:", keep.disabled)
logging.config.dictConfig({"version": 1})
print("keepme disabled:", keep.disabled)

# fileConfig
d = tempfile.mkdtemp()
ini = os.path.join(d, "log.ini")
logfile = os.path.join(d, "out.log")
with open(ini, "w") as f:
    f.write("""[loggers]
keys=root,db

[handlers]
keys=console,file,mem

[formatters]
keys=simple,detail

[logger_root]
level=WARNING
handlers=console

[logger_db]
level=DEBUG
handlers=file,mem
qualname=db.engine
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[handler_file]
class=FileHandler
formatter=detail
args=('%(logfile)s', 'w')

[handler_mem]
class=handlers.MemoryHandler
args=(10, ERROR)
target=console

[formatter_simple]
format=S:%(levelname)s:%(message)s

[formatter_detail]
format=D {name} {message}
style={
""")
logging.config.fileConfig(ini, defaults={"logfile": logfile})
logging.warning("root warning")
db = logging.getLogger("db.engine")
db.debug("db debug")
db.error("db error")
logging.shutdown()
with open(logfile) as f:
    print(f.read(), end="")
print(keep.disabled, db.propagate, db.level)

cp_text = """[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=
[logger_root]
level=INFO
handlers=h
[handler_h]
class=StreamHandler
args=(sys.stdout,)
"""
logging.config.fileConfig(io.StringIO(cp_text))
logging.info("from a file object")
