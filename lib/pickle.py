"""pickle: Python object serialization (coil's version of CPython 3.11's
module).

The Pickler writes the same bytes as CPython 3.11's C pickler (_pickle)
for protocols 0 to 5: the opcode chosen for each type, memoization order,
batching of APPENDS / SETITEMS / ADDITEMS by 1000, framing for protocol 4
and up (frames of at least 4 bytes, a new frame once 64 KiB are written,
big bytes / str payloads outside frames), the Python 2 names of protocols
0-2 (_compat_pickle), the codecs.encode trick for bytes below protocol 3.
Objects without special support go through copyreg.dispatch_table,
reducer_override, __reduce_ex__ / __reduce__ (object's defaults are in
copyreg), persistent_id is honoured. The Unpickler reads every opcode of
protocols 0 to 5.

Out-of-band buffers (PickleBuffer) are not supported: there is no
PickleBuffer type; NEXT_BUFFER reads from the buffers argument."""

import sys
import io
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1",
           "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO",
           "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an
    object, such as a security violation."""


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'
del _cls


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


# ---- helpers

def encode_long(x):
    """Two's complement little-endian bytes of x, as LONG1 / LONG4 store
    it (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """Inverse of encode_long."""
    return int.from_bytes(data, 'little', signed=True)


def _utf8_surrogatepass(s):
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if 0xd800 <= c <= 0xdfff:
            out += bytes((0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)))
        else:
            out += ch.encode('utf-8')
    return bytes(out)


def _utf8_decode_surrogatepass(data, errors='strict'):
    try:
        return data.decode('utf-8', errors)
    except UnicodeDecodeError:
        pass
    parts = []
    i = 0
    n = len(data)
    start = 0
    while i < n:
        b = data[i]
        if b == 0xed and i + 2 < n and 0xa0 <= data[i + 1] <= 0xbf and 0x80 <= data[i + 2] <= 0xbf:
            parts.append(data[start:i].decode('utf-8', errors))
            parts.append(chr(0xd000 | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f)))
            i += 3
            start = i
        else:
            i += 1
    parts.append(data[start:].decode('utf-8', errors))
    return ''.join(parts)


def _raw_unicode_escape(s):
    """The text of a protocol 0 UNICODE opcode: raw-unicode-escape, with
    backslash, newline, carriage return, NUL and \\x1a escaped as well."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or ch in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        # Count the run of backslashes: only an odd one escapes.
        j = i
        while j < n and s[j] == '\\':
            j += 1
        run = j - i
        if run % 2 == 0 or j >= n or s[j] not in 'uU':
            out.append(s[i:j])
            i = j
            continue
        out.append('\\' * (run - 1))
        width = 4 if s[j] == 'u' else 8
        digits = s[j + 1:j + 1 + width]
        if len(digits) != width or any(d not in '0123456789abcdefABCDEF' for d in digits):
            raise UnicodeDecodeError('rawunicodeescape', data, j - 1, min(j + 1 + width, n),
                                     '\\Uxxxxxxxx out of range' if width == 8 else 'truncated \\uXXXX escape')
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', data, j - 1, j + 1 + width,
                                     '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = j + 1 + width
    return ''.join(out)


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}


def _escape_decode(data):
    """Python 2 string-literal escapes of a STRING opcode (bytes in,
    bytes out)."""
    if b'\\' not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = chr(data[i])
        if c in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[c].encode('latin-1')
            i += 1
        elif c in '01234567':
            j = i
            while j < n and j < i + 3 and chr(data[j]) in '01234567':
                j += 1
            out.append(int(data[i:j], 8) & 0xff)
            i = j
        elif c == 'x':
            digits = data[i + 1:i + 3]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 1)) from None
            i += 3
        else:
            out.append(0x5c)
    return bytes(out)


def _getattribute(obj, name):
    """obj.a.b.c for name 'a.b.c': (value, parent)."""
    parts = name.split('.')
    for part in parts:
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
    parent = None
    for part in parts:
        parent = obj
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, parent)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to (its __module__, else the
    first module in sys.modules holding it under name)."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _deep_get(module, name.split('.'))[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _deep_get(obj, parts):
    parent = obj
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(encode_long)
_BuiltinFunctionType = type(len)


# ---- the pickler

class _Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True,
    buffer_callback=None): writes pickles of objects to file (anything with
    a write method taking bytes)."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._frame = None
        self._framing = False

    def clear_memo(self):
        """Clears the pickler's memo."""
        self.memo.clear()

    # -- output and framing

    def _w(self, data):
        if self._framing:
            if self._frame is None:
                self._frame = bytearray()
            self._frame += data
        else:
            self._out += data

    def _commit_frame(self):
        frame = self._frame
        self._frame = None
        if not frame:
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self._out += FRAME + pack('<Q', len(frame))
        self._out += frame

    def _boundary(self):
        if self._frame is not None and len(self._frame) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._flush()

    def _flush(self):
        if self._out:
            self._file_write(bytes(self._out))
            self._out = bytearray()

    def _w_payload(self, header, payload):
        """header + a bytes / str payload: a payload of 64 KiB or more
        goes outside any frame."""
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out += header
            self._out += payload
        else:
            self._w(header)
            self._w(payload)

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self._w(PROTO + bytes((self.proto,)))
            if self.proto >= 4:
                self._framing = True
        try:
            self.save(obj)
            self._w(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            self._frame = None
        self._flush()

    # -- memo

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = idx, obj
        self._w(self.put(idx))

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            return LONG_BINGET + pack('<I', i)
        return GET + repr(i).encode('ascii') + b'\n'

    def _in_memo(self, obj):
        return id(obj) in self.memo

    def _write_get(self, obj):
        self._w(self.get(self.memo[id(obj)][0]))

    # -- dispatch

    def save(self, obj, save_persistent_id=True):
        self._boundary()
        if save_persistent_id:
            persistent_id = getattr(self, 'persistent_id', None)
            if persistent_id is not None:
                pid = persistent_id(obj)
                if pid is not None:
                    self.save_pers(pid)
                    return
        t = type(obj)
        if obj is None:
            self._w(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self._w(NEWTRUE if obj else NEWFALSE)
            else:
                self._w(TRUE if obj else FALSE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._w(self.get(x[0]))
            return
        if t is bytes:
            self.save_bytes(obj)
            return
        if t is str:
            self.save_str(obj)
            return
        if t is dict:
            self.save_dict(obj)
            return
        if t is set:
            self.save_set(obj)
            return
        if t is frozenset:
            self.save_frozenset(obj)
            return
        if t is list:
            self.save_list(obj)
            return
        if t is tuple:
            self.save_tuple(obj)
            return
        if t is bytearray:
            self.save_bytearray(obj)
            return

        rv = NotImplemented
        reducer_override = getattr(self, 'reducer_override', None)
        if reducer_override is not None:
            rv = reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = None
            try:
                reduce = table[t]
            except KeyError:
                pass
            except TypeError:
                pass
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            elif t is _BuiltinFunctionType:
                rv = self._reduce_builtin(obj)
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is not None:
                        rv = reduce()
                    else:
                        raise PicklingError("Can't pickle %r object: %r" %
                                            (t.__name__, obj))
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*rv, obj=obj) if 2 <= len(rv) <= 6 else self._bad_reduce_len()

    def _bad_reduce_len(self):
        raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")

    def _reduce_builtin(self, obj):
        # builtin_function_or_method.__reduce__: its name for a module
        # function, getattr(self, name) for a bound method.
        owner = getattr(obj, '__self__', None)
        if owner is None or isinstance(owner, type(sys)):
            return obj.__qualname__
        return getattr, (owner, obj.__name__)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._w(BINPERSID)
        else:
            try:
                self._w(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ "
                                "must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                "must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s" % type(state_setter).__name__)
        save = self.save
        name = None
        if self.proto >= 2:
            name = getattr(func, "__name__", None)
            if not isinstance(name, str):
                name = None
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, newargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    "be a class, not %s" % type(cls).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    "be %s, not %s" % (obj.__class__.__name__, cls.__name__))
            if not isinstance(newargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must "
                                    "be a tuple, not %s" % type(newargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must "
                                    "be a dict, not %s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(newargs)
                save(kwargs)
                self._w(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *newargs, **kwargs)
                save(func)
                save(())
                self._w(REDUCE)
        elif name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._w(NEWOBJ)
        else:
            save(func)
            save(args)
            self._w(REDUCE)

        if obj is not None:
            if id(obj) in self.memo:
                self._w(POP)
                self._write_get(obj)
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._w(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._w(TUPLE2)
                self._w(REDUCE)
                self._w(POP)

    # -- atoms

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._w(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self._w(BININT2 + pack('<H', obj))
                else:
                    self._w(BININT + pack('<i', obj))
            else:
                self._w(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._w(LONG1 + bytes((n,)) + data)
            else:
                self._w(LONG4 + pack('<i', n) + data)
            return
        self._w(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._w(BINFLOAT + pack('>d', obj))
        else:
            self._w(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._w_payload(SHORT_BINBYTES + bytes((n,)), obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._w_payload(BINBYTES8 + pack('<Q', n), obj)
        else:
            self._w_payload(BINBYTES + pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._w_payload(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = _utf8_surrogatepass(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._w_payload(SHORT_BINUNICODE + bytes((n,)), encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._w_payload(BINUNICODE8 + pack('<Q', n), encoded)
            elif n > 0xffffffff:
                raise PicklingError("cannot serialize a string larger than 4GiB")
            else:
                self._w_payload(BINUNICODE + pack('<I', n), encoded)
        else:
            self._w(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # -- containers

    def save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._w(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in self.memo:
                # Recursive: the tuple was memoized while saving its items.
                self._w(POP * n)
                self._write_get(obj)
                return
            self._w((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self._w(MARK)
        for element in obj:
            save(element)
        if id(obj) in self.memo:
            if self.bin:
                self._w(POP_MARK)
            else:
                self._w(POP * (n + 1))
            self._write_get(obj)
            return
        self._w(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._w(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.proto > 0:
            # An exact list: batches by index (the last batch of a size
            # above 1 still uses APPENDS).
            save = self.save
            if len(obj) == 1:
                save(obj[0])
                self._w(APPEND)
                return
            total = 0
            while total < len(obj):
                self._w(MARK)
                batch = 0
                while total < len(obj):
                    save(obj[total])
                    total += 1
                    batch += 1
                    if batch == _BATCHSIZE:
                        break
                self._w(APPENDS)
        else:
            self._batch_appends(iter(obj))

    def _batch_appends(self, items):
        save = self.save
        if not self.bin:
            for x in items:
                save(x)
                self._w(APPEND)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                second = next(items)
            except StopIteration:
                save(first)
                self._w(APPEND)
                return
            self._w(MARK)
            save(first)
            n = 1
            x = second
            while True:
                save(x)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    x = next(items)
                except StopIteration:
                    break
            self._w(APPENDS)
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._w(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto > 0:
            save = self.save
            size = len(obj)
            if size == 1:
                for k, v in obj.items():
                    save(k)
                    save(v)
                self._w(SETITEM)
                return
            it = iter(obj.items())
            while True:
                self._w(MARK)
                i = 0
                for k, v in it:
                    save(k)
                    save(v)
                    i += 1
                    if i == _BATCHSIZE:
                        break
                self._w(SETITEMS)
                if len(obj) != size:
                    raise RuntimeError("dictionary changed size during iteration")
                if i != _BATCHSIZE:
                    return
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        save = self.save
        if not self.bin:
            for item in items:
                k, v = _pair(item)
                save(k)
                save(v)
                self._w(SETITEM)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            k, v = _pair(first)
            try:
                second = next(items)
            except StopIteration:
                save(k)
                save(v)
                self._w(SETITEM)
                return
            self._w(MARK)
            save(k)
            save(v)
            n = 1
            item = second
            while True:
                k, v = _pair(item)
                save(k)
                save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = next(items)
                except StopIteration:
                    break
            self._w(SETITEMS)
            if n != _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._w(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        size = len(obj)
        it = iter(obj)
        save = self.save
        while True:
            self._w(MARK)
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            self._w(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._w(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self._w(POP_MARK)
            self._write_get(obj)
            return
        self._w(FROZENSET)
        self.memoize(obj)

    # -- globals

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if module_name == 'builtins':
            # CPython's builtin types report the interned 'builtins' (the
            # sys.modules key): protocol 4 memoizes it once.
            module_name = sys.intern(module_name)
        parts = name.split('.')
        if '<locals>' in parts:
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _deep_get(module, parts)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        lastname = parts[-1]
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._w(EXT1 + pack('<B', code))
                elif code <= 0xffff:
                    self._w(EXT2 + pack('<H', code))
                else:
                    self._w(EXT4 + pack('<i', code))
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._w(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            encoding = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                module_bytes = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using "
                                    "pickle protocol %i" % (module_name, self.proto)) from None
            try:
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using "
                                    "pickle protocol %i" % (name, self.proto)) from None
            self._w(GLOBAL + module_bytes + b'\n' + name_bytes + b'\n')
        self.memoize(obj)

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is _NotImplementedType:
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is _EllipsisType:
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


def _is_iterator(x):
    return hasattr(type(x), '__next__')


def _pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


# ---- the unpickler

class _Reader:
    """read / readline over a file, serving framed data from the current
    frame."""
    __slots__ = ('read_file', 'readline_file', 'frame', 'pos')

    def __init__(self, read, readline):
        self.read_file = read
        self.readline_file = readline
        self.frame = None
        self.pos = 0


class _Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII',
    errors='strict', buffers=()): reads a pickle from file (with read and
    readline methods)."""

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_readline = file.readline
            self._file_read = file.read
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file_readinto = getattr(file, 'readinto', None)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._frame = None
        self._fpos = 0

    # -- input

    def _read(self, n):
        frame = self._frame
        if frame is not None:
            pos = self._fpos
            end = pos + n
            if end <= len(frame):
                self._fpos = end
                return frame[pos:end]
            if pos < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        frame = self._frame
        if frame is not None:
            pos = self._fpos
            if pos < len(frame):
                end = frame.find(b'\n', pos)
                if end < 0:
                    raise UnpicklingError("pickle exhausted before end of frame")
                self._fpos = end + 1
                return frame[pos:end + 1]
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_opcode(self):
        frame = self._frame
        if frame is not None:
            pos = self._fpos
            if pos < len(frame):
                self._fpos = pos + 1
                return frame[pos]
            self._frame = None
        data = self._file_read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    # -- main loop

    def load(self):
        """Read a pickled object representation from the open file and
        return the reconstituted object hierarchy."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self.dispatch
        try:
            while True:
                key = self._read_opcode()
                handler = dispatch.get(key)
                if handler is None:
                    c = chr(key)
                    if 0x20 <= key <= 0x7e and c not in "'\\":
                        raise UnpicklingError("invalid load key, '%s'." % c)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key)
                handler(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        if self._frame is not None and self._fpos < len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = None
        self._frame = self._read(frame_size)
        self._fpos = 0
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                val = int(data)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self._read(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0) if val[:2] in (b'0x', b'0X') else int(val))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        self.append(bytes(self._read(n)))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(bytes(self._read(n)))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_binbytes8(self):
        n, = unpack('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytes(self._read(n)))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytearray(self._read(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        buf = self._top()
        try:
            m = memoryview(buf)
            if not m.readonly:
                self.stack[-1] = m.toreadonly()
        except (TypeError, AttributeError):
            pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        self.append(_utf8_decode_surrogatepass(self._read(n)))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(_utf8_decode_surrogatepass(self._read(n)))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(_utf8_decode_surrogatepass(self._read(n)))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tuple_n(self, n):
        if len(self.stack) < n:
            self._underflow()
        items = tuple(self.stack[-n:])
        del self.stack[-n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_tuple_n(2)
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_tuple_n(3)
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err))).with_traceback(err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        obj = cls.__new__(cls, *args)
        self.append(obj)
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self._read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack('<H', self._read(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack('<i', self._read(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        """Return the object module.name (loading module), after the Python
        2 renames for protocols below 3."""
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, mod)) from None

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        i = self._read(1)[0]
        self.memo[i] = self._top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self._read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        target = self._top()
        target.append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        target = self._top()
        target[key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        raise _Stop(self._pop())
    dispatch[STOP[0]] = load_stop


class _BytesFile:
    """read / readline over a bytes-like object for loads()."""
    __slots__ = ('data', 'pos')

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        pos = self.pos
        self.pos = pos + n
        return self.data[pos:pos + n]

    def readline(self):
        pos = self.pos
        end = self.data.find(b'\n', pos)
        end = len(self.data) if end < 0 else end + 1
        self.pos = end
        return self.data[pos:end]


# ---- shorthands

from _pickle_speedups import dumps as _sp_dumps, loads as _sp_loads


def _sp_find_class(module, name, proto):
    """_Unpickler.find_class (fix_imports=True) for the C loads."""
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit('pickle.find_class', module, name)
    if proto < 3:
        if (module, name) in _compat_pickle.NAME_MAPPING:
            module, name = _compat_pickle.NAME_MAPPING[(module, name)]
        elif module in _compat_pickle.IMPORT_MAPPING:
            module = _compat_pickle.IMPORT_MAPPING[module]
    mod = sys.modules.get(module)
    if mod is None:
        __import__(module, level=0)
        mod = sys.modules[module]
    if proto >= 4:
        return _getattribute(mod, name)[0]
    return getattr(mod, name)

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object
    file."""
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes
    object."""
    if buffer_callback is None:
        # C fast path (vm/modules/pickle_speedups.c): builtin data only,
        # None when the object needs the Python pickler.
        p = DEFAULT_PROTOCOL if protocol is None else protocol
        if type(p) is int:
            r = _sp_dumps(obj, HIGHEST_PROTOCOL if p < 0 else p, sys.modules,
                          dispatch_table, _extension_registry)
            if r is not None:
                return r
    f = io.BytesIO()
    _Pickler(f, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Read and return an object from the given pickle data."""
    if type(data) is bytes and buffers is None and fix_imports:
        r = _sp_loads(data, _sp_find_class)
        if r is not None:
            return r[0]
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, (bytes, bytearray)):
        data = bytes(memoryview(data))
    file = _BytesFile(bytes(data))
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


# CPython's pickle.Pickler, dumps... are _pickle's (the C accelerator):
# they are found there by name when pickled themselves.
class Pickler(_Pickler):
    __doc__ = _Pickler.__doc__


class Unpickler(_Unpickler):
    __doc__ = _Unpickler.__doc__


_dump, _dumps, _load, _loads = dump, dumps, load, loads
for _f in (dump, dumps, load, loads, Pickler, Unpickler):
    _f.__module__ = '_pickle'
del _f
