"""platform: information about the underlying platform (coil's version of
CPython 3.11's module, for POSIX systems): uname() and its parts,
platform(), architecture(), libc_ver(), python_version() and friends,
freedesktop_os_release().

python_implementation() names the implementation from sys.implementation
(coil reports 'Coil'); python_build() and python_compiler() describe coil's
build as far as it is known."""

__version__ = '1.0.8'

import collections
import os
import re
import sys
import functools
import itertools

__all__ = ['architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver',
           'mac_ver', 'machine', 'node', 'platform', 'processor',
           'python_branch', 'python_build', 'python_compiler',
           'python_implementation', 'python_revision', 'python_version',
           'python_version_tuple', 'release', 'system', 'system_alias',
           'uname', 'version', 'win32_ver']


# ---- libc

def _libc_from_maps():
    """glibc's version from the C library mapped into this process."""
    try:
        with open('/proc/self/maps', 'rb') as f:
            maps = f.read()
    except OSError:
        return None
    for line in maps.split(b'\n'):
        path = line.rsplit(b' ', 1)[-1]
        name = os.path.basename(path)
        if name.startswith(b'libc.so') or re.match(rb'libc-\d', name):
            try:
                with open(path, 'rb') as f:
                    data = f.read()
            except OSError:
                return None
            m = re.search(rb'release version (\d+\.\d+)', data)
            if m:
                return m.group(1).decode('ascii')
            return None
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable (which
    defaults to the Python interpreter) is linked against: (lib,
    version)."""
    if not executable:
        found = _libc_from_maps()
        if found:
            return 'glibc', found
        executable = sys.executable
        if not executable:
            return lib, version
    # Scan the binary for GLIBC_x.y / libc.so.N markers.
    pattern = re.compile(rb'(__libc_init|GLIBC_([0-9.]+)|libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)')
    V = [int(p) if p.isdigit() else 0 for p in version.split('.')] if version else []

    def as_key(v):
        return [int(p) if p.isdigit() else 0 for p in v.split('.')]

    with open(os.path.realpath(executable), 'rb') as f:
        binary = f.read()
    for m in pattern.finditer(binary):
        libcinit, glibcversion, so, threads = [s.decode('latin1') if s is not None else s
                                               for s in m.groups()][:4]
        if libcinit and not lib:
            lib = 'libc'
        elif glibcversion:
            if lib != 'glibc':
                lib = 'glibc'
                version = glibcversion
            elif as_key(glibcversion) > as_key(version):
                version = glibcversion
        elif so and lib != 'glibc':
            lib = 'libc'
    del V
    return lib, version


# ---- uname

class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """A uname_result that's largely compatible with a simple namedtuple
    except that 'processor' is resolved late and cached to avoid calling
    "uname" except when needed."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        return _processor()

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]

    def __repr__(self):
        base = tuple.__iter__(self)
        return 'uname_result(' + ', '.join(
            '%s=%r' % (name, value)
            for name, value in zip(self._fields[:5], base)) + ')'


_uname_cache = None


def _processor():
    """`uname -p` (empty when unknown)."""
    try:
        import subprocess
        out = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True)
        out = out.strip()
        return '' if out == 'unknown' else out
    except Exception:
        return ''


def uname():
    """Fairly portable uname interface: (system, node, release, version,
    machine, processor)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        system, node, release, version, machine = infos = os.uname()
    except AttributeError:
        system = sys.platform
        node = release = version = machine = ''
        infos = ()
    if not any(infos):
        system = system or sys.platform
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (may not be fully
    qualified)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6' ('' when it cannot
    be determined)."""
    return uname().processor


# ---- architecture

def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for its architecture: (bits,
    linkage)."""
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    try:
        with open(executable, 'rb') as f:
            head = f.read(5)
    except (OSError, TypeError):
        head = b''
    if head[:4] == b'\x7fELF':
        linkage = 'ELF'
        if head[4:5] == b'\x01':
            bits = '32bit'
        elif head[4:5] == b'\x02':
            bits = '64bit'
    return bits, linkage


# ---- other systems

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing
    names used for some systems."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        if parts:
            try:
                major = int(parts[0])
            except ValueError:
                pass
            else:
                major = major - 3
                parts[0] = str(major)
                release = '.'.join(parts)
        if release < '6':
            system = 'Solaris'
        else:
            system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def _platform(*args):
    """Helper to format the platform string in a filename compatible
    format e.g. "system-version-machine"."""
    platform = '-'.join(x.strip() for x in filter(len, args))
    platform = platform.replace(' ', '_')
    platform = platform.replace('/', '-')
    platform = platform.replace('\\', '-')
    platform = platform.replace(':', '-')
    platform = platform.replace(';', '-')
    platform = platform.replace('"', '-')
    platform = platform.replace('(', '-')
    platform = platform.replace(')', '-')
    platform = platform.replace('unknown', '')
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1] == '-':
        platform = platform[:-1]
    return platform


_platform_cache = {}


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36'."""
    result = _platform_cache.get((aliased, terse), None)
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        # Linux ignores terse.
        libcname, libcversion = libc_ver()
        platform = _platform(system, release, machine, processor,
                             'with', libcname + libcversion)
    elif terse:
        platform = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        platform = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[(aliased, terse)] = platform
    return platform


# ---- the Python implementation

def python_implementation():
    """Returns a string identifying the Python implementation ('CPython'
    for CPython; coil reports 'Coil')."""
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
            'jython': 'Jython'}.get(name, name.capitalize())


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    v = sys.version_info
    return '%d.%d.%d' % (v.major, v.minor, v.micro)


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of
    strings."""
    return tuple(python_version().split('.'))


def python_branch():
    """Returns a string identifying the Python implementation branch."""
    return ''


def python_revision():
    """Returns a string identifying the Python implementation revision."""
    return ''


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build number
    and date as strings."""
    return ('main', '')


def python_compiler():
    """Returns a string identifying the compiler used for compiling
    Python."""
    return ''


# ---- os-release

_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    os_release_line = re.compile(
        "^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$")
    os_release_unescape = re.compile(r"\\([\\\$\"\'`])")
    for line in lines:
        mo = os_release_line.match(line)
        if mo is not None:
            info[mo.group('name')] = os_release_unescape.sub(r"\1", mo.group('value'))
    return info


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org
    os-release."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, f"Unable to read files {', '.join(_os_release_candidates)}")
    return _os_release_cache.copy()
