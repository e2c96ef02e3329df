"""Extra handlers for the logging package.

coil's own logging.handlers: rotating files (by size and by time), a file
handler that reopens its file when it is moved, buffering and memory
handlers, queue handler/listener, and the network handlers (socket,
datagram, syslog, HTTP, SMTP) built on coil's socket module, plus the
NT event log handler, which on this platform only reports that the Win32
extensions are missing.

coil runs threads one after another, so QueueListener does not run a
monitor thread that waits for records: start() arms the listener and
stop() hands every queued record to the handlers, in order.
"""

import io
import logging
import os
import re
import struct
import time
from stat import ST_DEV, ST_INO, ST_MTIME

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


# ---- files ----------------------------------------------------------------------------

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that moves its file aside when shouldRollover says so."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over when the next record would take it to maxBytes."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None, delay=False,
                 errors=None):
        if maxBytes > 0:
            mode = "a"
        if "b" not in mode:
            encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            base = self.baseFilename
            for i in range(self.backupCount - 1, 0, -1):
                src = self.rotation_filename("%s.%d" % (base, i))
                dst = self.rotation_filename("%s.%d" % (base, i + 1))
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = self.rotation_filename(base + ".1")
            if os.path.exists(dst):
                os.remove(dst)
            self.rotate(base, dst)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


# when -> (seconds per unit, strftime suffix, pattern of that suffix)
_TIMED_UNITS = {
    "S": (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
    "M": (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
    "H": (3600, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
    "D": (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    "MIDNIGHT": (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over every interval of S, M, H, D, MIDNIGHT or W0-W6."""

    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None, delay=False,
                 utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        BaseRotatingHandler.__init__(self, filename, "a", encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when.startswith("W"):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if self.when[1] < "0" or self.when[1] > "6":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix, pattern = _TIMED_UNITS["D"]
            unit *= 7
        elif self.when in _TIMED_UNITS:
            unit, self.suffix, pattern = _TIMED_UNITS[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile("^" + pattern + r"(\.\w+)?$", re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _timetuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when != "MIDNIGHT" and not self.when.startswith("W"):
            return result
        tt = self._timetuple(currentTime)
        day = tt[6]
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        left = target - ((tt[3] * 60 + tt[4]) * 60 + tt[5])
        if left < 0:
            left += _MIDNIGHT
            day = (day + 1) % 7
        result = currentTime + left
        if self.when.startswith("W") and day != self.dayOfWeek:
            if day < self.dayOfWeek:
                wait = self.dayOfWeek - day
            else:
                wait = 7 - day + self.dayOfWeek
            later = result + wait * _MIDNIGHT
            if not self.utc:
                dst_now = tt[-1]
                dst_then = time.localtime(later)[-1]
                if dst_now != dst_then:
                    later += 3600 if dst_now else -3600
            result = later
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if now >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(now)
                return False
            return True
        return False

    def getFilesToDelete(self):
        dirname, basename = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(basename)
        prefix = stem + "."
        plen = len(prefix)
        found = []
        for name in os.listdir(dirname):
            if self.namer is None:
                if not name.startswith(basename):
                    continue
            elif (not name.startswith(basename) and name.endswith(ext)
                  and len(name) > plen + 1 and not name[plen + 1].isdigit()):
                continue
            if name[:plen] == prefix:
                for part in name[plen:].split("."):
                    if self.extMatch.match(part):
                        found.append(os.path.join(dirname, name))
                        break
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        start = self.rolloverAt - self.interval
        if self.utc:
            tt = time.gmtime(start)
        else:
            tt = time.localtime(start)
            dst_now = time.localtime(now)[-1]
            if dst_now != tt[-1]:
                tt = time.localtime(start + (3600 if dst_now else -3600))
        dst = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, tt))
        if os.path.exists(dst):
            os.remove(dst)
        self.rotate(self.baseFilename, dst)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        if (self.when == "MIDNIGHT" or self.when.startswith("W")) and not self.utc:
            dst_now = time.localtime(now)[-1]
            dst_then = time.localtime(nxt)[-1]
            if dst_now != dst_then:
                nxt += -3600 if dst_now else 3600
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when it was moved or removed."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st[ST_DEV], st[ST_INO]

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is not None and st[ST_DEV] == self.dev and st[ST_INO] == self.ino:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ---- network --------------------------------------------------------------------------

class SocketHandler(logging.Handler):
    """Sends pickled record dicts, each after a 4-byte big-endian length."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        import socket
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(timeout)
        try:
            s.connect(self.address)
        except OSError:
            s.close()
            raise
        return s

    def createSocket(self):
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        import pickle
        if record.exc_info:
            self.format(record)  # leaves the traceback text in record.exc_text
        d = dict(record.__dict__)
        d["msg"] = record.getMessage()
        d["args"] = None
        d["exc_info"] = None
        d.pop("message", None)
        data = pickle.dumps(d, 1)
        return struct.pack(">L", len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        sock = self.sock
        if sock:
            self.sock = None
            sock.close()
        logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """Sends pickled records as UDP (or Unix datagram) packets."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


class SysLogHandler(logging.Handler):
    """Sends '<priority>message' to a syslog daemon over UDP, TCP or a Unix socket."""

    LOG_EMERG = 0
    LOG_ALERT = 1
    LOG_CRIT = 2
    LOG_ERR = 3
    LOG_WARNING = 4
    LOG_NOTICE = 5
    LOG_INFO = 6
    LOG_DEBUG = 7

    LOG_KERN = 0
    LOG_USER = 1
    LOG_MAIL = 2
    LOG_DAEMON = 3
    LOG_AUTH = 4
    LOG_SYSLOG = 5
    LOG_LPR = 6
    LOG_NEWS = 7
    LOG_UUCP = 8
    LOG_CRON = 9
    LOG_AUTHPRIV = 10
    LOG_FTP = 11
    LOG_NTP = 12
    LOG_SECURITY = 13
    LOG_CONSOLE = 14
    LOG_SOLCRON = 15
    LOG_LOCAL0 = 16
    LOG_LOCAL1 = 17
    LOG_LOCAL2 = 18
    LOG_LOCAL3 = 19
    LOG_LOCAL4 = 20
    LOG_LOCAL5 = 21
    LOG_LOCAL6 = 22
    LOG_LOCAL7 = 23

    priority_names = {
        "alert": LOG_ALERT, "crit": LOG_CRIT, "critical": LOG_CRIT, "debug": LOG_DEBUG,
        "emerg": LOG_EMERG, "err": LOG_ERR, "error": LOG_ERR, "info": LOG_INFO,
        "notice": LOG_NOTICE, "panic": LOG_EMERG, "warn": LOG_WARNING, "warning": LOG_WARNING,
    }

    facility_names = {
        "auth": LOG_AUTH, "authpriv": LOG_AUTHPRIV, "console": LOG_CONSOLE, "cron": LOG_CRON,
        "daemon": LOG_DAEMON, "ftp": LOG_FTP, "kern": LOG_KERN, "lpr": LOG_LPR,
        "mail": LOG_MAIL, "news": LOG_NEWS, "ntp": LOG_NTP, "security": LOG_SECURITY,
        "solaris-cron": LOG_SOLCRON, "syslog": LOG_SYSLOG, "user": LOG_USER, "uucp": LOG_UUCP,
        "local0": LOG_LOCAL0, "local1": LOG_LOCAL1, "local2": LOG_LOCAL2,
        "local3": LOG_LOCAL3, "local4": LOG_LOCAL4, "local5": LOG_LOCAL5,
        "local6": LOG_LOCAL6, "local7": LOG_LOCAL7,
    }

    priority_map = {"DEBUG": "debug", "INFO": "info", "WARNING": "warning", "ERROR": "error",
                    "CRITICAL": "critical"}

    ident = ""
    append_nul = True

    def __init__(self, address=("localhost", SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None):
        import socket
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        if isinstance(address, str):
            self.unixsocket = True
            self._connect_unixsocket(address)
            return
        self.unixsocket = False
        if socktype is None:
            socktype = socket.SOCK_DGRAM
        host, port = address
        infos = socket.getaddrinfo(host, port, 0, socktype)
        if not infos:
            raise OSError("getaddrinfo returns an empty list")
        err = None
        sock = None
        for family, kind, proto, _, sa in infos:
            try:
                sock = socket.socket(family, kind, proto)
                if kind == socket.SOCK_STREAM:
                    sock.connect(sa)
                break
            except OSError as exc:
                err = exc
                if sock is not None:
                    sock.close()
                sock = None
        if sock is None:
            raise err
        self.socket = sock
        self.socktype = socktype

    def _connect_unixsocket(self, address):
        import socket
        kinds = [self.socktype] if self.socktype is not None else [socket.SOCK_DGRAM,
                                                                    socket.SOCK_STREAM]
        for i, kind in enumerate(kinds):
            sock = socket.socket(socket.AF_UNIX, kind)
            try:
                sock.connect(address)
            except OSError:
                sock.close()
                if i == len(kinds) - 1:
                    raise
                continue
            self.socket = sock
            self.socktype = kind
            return

    def encodePriority(self, facility, priority):
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def close(self):
        sock = self.socket
        if sock:
            self.socket = None
            sock.close()
        logging.Handler.close(self)

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, "warning")

    def _encoded(self, record):
        msg = self.format(record)
        if self.ident:
            msg = self.ident + msg
        if self.append_nul:
            msg += "\000"
        prio = "<%d>" % self.encodePriority(self.facility, self.mapPriority(record.levelname))
        return prio.encode("utf-8") + msg.encode("utf-8")

    def emit(self, record):
        try:
            data = self._encoded(record)
            if self.unixsocket:
                try:
                    self.socket.send(data)
                except OSError:
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(data)
            elif self.socktype == __import__("socket").SOCK_DGRAM:
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except Exception:
            self.handleError(record)


class SMTPHandler(logging.Handler):
    """Mails each record (needs smtplib at emit time)."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None, secure=None,
                 timeout=5.0):
        logging.Handler.__init__(self)
        if isinstance(mailhost, (list, tuple)):
            self.mailhost, self.mailport = mailhost
        else:
            self.mailhost, self.mailport = mailhost, None
        if isinstance(credentials, (list, tuple)):
            self.username, self.password = credentials
        else:
            self.username = None
        self.fromaddr = fromaddr
        if isinstance(toaddrs, str):
            toaddrs = [toaddrs]
        self.toaddrs = toaddrs
        self.subject = subject
        self.secure = secure
        self.timeout = timeout

    def getSubject(self, record):
        return self.subject

    def emit(self, record):
        try:
            import smtplib
            from email.message import EmailMessage
            import email.utils
            port = self.mailport or smtplib.SMTP_PORT
            smtp = smtplib.SMTP(self.mailhost, port, timeout=self.timeout)
            msg = EmailMessage()
            msg["From"] = self.fromaddr
            msg["To"] = ",".join(self.toaddrs)
            msg["Subject"] = self.getSubject(record)
            msg["Date"] = email.utils.localtime()
            msg.set_content(self.format(record))
            if self.username:
                if self.secure is not None:
                    smtp.ehlo()
                    smtp.starttls(*self.secure)
                    smtp.ehlo()
                smtp.login(self.username, self.password)
            smtp.send_message(msg)
            smtp.quit()
        except Exception:
            self.handleError(record)


class NTEventLogHandler(logging.Handler):
    """Writes to the Windows NT event log; without the Win32 extensions it does nothing."""

    def __init__(self, appname, dllname=None, logtype="Application"):
        logging.Handler.__init__(self)
        try:
            import win32evtlogutil
            import win32evtlog
        except ImportError:
            print("The Python Win32 extensions for NT (service, event logging) appear not to "
                  "be available.")
            self._welu = None
            return
        self.appname = appname
        self._welu = win32evtlogutil
        self.dllname = dllname
        self.logtype = logtype
        self.deftype = win32evtlog.EVENTLOG_ERROR_TYPE
        self.typemap = {
            logging.DEBUG: win32evtlog.EVENTLOG_INFORMATION_TYPE,
            logging.INFO: win32evtlog.EVENTLOG_INFORMATION_TYPE,
            logging.WARNING: win32evtlog.EVENTLOG_WARNING_TYPE,
            logging.ERROR: win32evtlog.EVENTLOG_ERROR_TYPE,
            logging.CRITICAL: win32evtlog.EVENTLOG_ERROR_TYPE,
        }

    def getMessageID(self, record):
        return 1

    def getEventCategory(self, record):
        return 0

    def getEventType(self, record):
        return self.typemap.get(record.levelno, self.deftype)

    def emit(self, record):
        if self._welu:
            try:
                self._welu.ReportEvent(self.appname, self.getMessageID(record),
                                       self.getEventCategory(record), self.getEventType(record),
                                       [self.format(record)])
            except Exception:
                self.handleError(record)

    def close(self):
        logging.Handler.close(self)


class HTTPHandler(logging.Handler):
    """Sends each record's dict, url-encoded, as a GET query or a POST body."""

    def __init__(self, host, url, method="GET", secure=False, credentials=None, context=None):
        logging.Handler.__init__(self)
        method = method.upper()
        if method not in ("GET", "POST"):
            raise ValueError("method must be GET or POST")
        if not secure and context is not None:
            raise ValueError("context parameter only makes sense with secure=True")
        self.host = host
        self.url = url
        self.method = method
        self.secure = secure
        self.credentials = credentials
        self.context = context

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    def emit(self, record):
        try:
            import urllib.parse
            host = self.host
            conn = self.getConnection(host, self.secure)
            url = self.url
            data = urllib.parse.urlencode(self.mapLogRecord(record))
            if self.method == "GET":
                url = url + ("&" if "?" in url else "?") + data
            conn.putrequest(self.method, url)
            i = host.find(":")
            if i >= 0:
                host = host[:i]
            if self.method == "POST":
                conn.putheader("Content-type", "application/x-www-form-urlencoded")
                conn.putheader("Content-length", str(len(data)))
            if self.credentials:
                import base64
                raw = ("%s:%s" % self.credentials).encode("utf-8")
                conn.putheader("Authorization", "Basic " + base64.b64encode(raw).strip()
                               .decode("ascii"))
            conn.endheaders()
            if self.method == "POST":
                conn.send(data.encode("utf-8"))
            conn.getresponse()
        except Exception:
            self.handleError(record)


# ---- buffering ------------------------------------------------------------------------

class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flushes when shouldFlush says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target when full or on a severe record."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


# ---- queues ---------------------------------------------------------------------------

class QueueHandler(logging.Handler):
    """Puts a prepared (formatted, picklable) copy of each record on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        import copy
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue and passes them to its handlers.

    With threads running one after another, the records are handled when
    the listener stops (stop() drains the queue up to the sentinel)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = True

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        import queue as _queue
        q = self.queue
        has_task_done = hasattr(q, "task_done")
        while True:
            try:
                record = self.dequeue(False)
            except _queue.Empty:
                break
            if record is self._sentinel:
                if has_task_done:
                    q.task_done()
                break
            self.handle(record)
            if has_task_done:
                q.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._monitor()
            self._thread = None
