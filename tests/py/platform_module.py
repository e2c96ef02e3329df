# platform: uname and its parts, platform(), architecture(), libc_ver(),
# python_version(), os-release.
import platform
import os
import sys

u = platform.uname()
print(type(u).__name__, u._fields, len(u), tuple(u)[:5] == tuple(os.uname()))
print(u.system == platform.system() == os.uname().sysname, platform.node() == os.uname().nodename,
      platform.release() == os.uname().release, platform.version() == os.uname().version,
      platform.machine() == os.uname().machine, isinstance(platform.processor(), str))
print(platform.system(), platform.machine(), platform.architecture()[0], platform.architecture()[1])
print(platform.python_version(), platform.python_version_tuple(), platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
pf = platform.platform()
print(pf.startswith(platform.system() + "-" + platform.release()), platform.platform(terse=True) == platform.system() + "-" + platform.release())
lib, ver = platform.libc_ver()
print(lib, bool(ver), pf.endswith("-with-" + lib + ver))
rel = platform.freedesktop_os_release()
print(sorted(k for k in ("NAME", "ID", "PRETTY_NAME") if k in rel))
print(platform.system_alias("Linux", "6.0", "x"), platform.win32_ver(), platform.mac_ver(), platform.java_ver()[0])
print(platform._platform("a b", "c/d", "unknown", "e(f)"))
