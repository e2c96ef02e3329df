"""Where this Python keeps its files, and how it was configured.

coil's own sysconfig. The installation schemes are CPython 3.11's, expanded
with coil's sys.prefix/sys.exec_prefix (coil's standard library is built
into the binary, so the stdlib paths name where CPython would keep it).
The configuration variables are the scheme variables plus the build
variables programs commonly ask for (EXT_SUFFIX, SOABI, VERSION, LIBDIR,
CC, ...); there is no Makefile or pyconfig.h to parse.
"""

import os
import sys

__all__ = [
    "get_config_h_filename", "get_config_var", "get_config_vars", "get_makefile_filename",
    "get_path", "get_path_names", "get_paths", "get_platform", "get_python_version",
    "get_scheme_names", "parse_config_h",
]

_POSIX_PREFIX = {
    "stdlib": "{installed_base}/{platlibdir}/python{py_version_short}",
    "platstdlib": "{platbase}/{platlibdir}/python{py_version_short}",
    "purelib": "{base}/lib/python{py_version_short}/site-packages",
    "platlib": "{platbase}/{platlibdir}/python{py_version_short}/site-packages",
    "include": "{installed_base}/include/python{py_version_short}{abiflags}",
    "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
    "scripts": "{base}/bin",
    "data": "{base}",
}

_NT = {
    "stdlib": "{installed_base}/Lib",
    "platstdlib": "{base}/Lib",
    "purelib": "{base}/Lib/site-packages",
    "platlib": "{base}/Lib/site-packages",
    "include": "{installed_base}/Include",
    "platinclude": "{installed_base}/Include",
    "scripts": "{base}/Scripts",
    "data": "{base}",
}

_INSTALL_SCHEMES = {
    "posix_prefix": _POSIX_PREFIX,
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "nt": _NT,
    "posix_venv": dict(_POSIX_PREFIX),
    "nt_venv": dict(_NT),
}
_INSTALL_SCHEMES["venv"] = _INSTALL_SCHEMES["nt_venv" if os.name == "nt" else "posix_venv"]


def _user_scheme(root, include, scripts):
    return {
        "stdlib": root, "platstdlib": root, "purelib": root + "/site-packages",
        "platlib": root + "/site-packages", "include": include, "scripts": scripts,
        "data": "{userbase}",
    }


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)
    if env_base:
        return env_base
    if sys.platform in {"emscripten", "vxworks", "wasi"}:
        return None
    if os.name == "nt":
        base = os.environ.get("APPDATA") or "~"
        return os.path.expanduser(os.path.join(base, "Python"))
    return os.path.expanduser("~/.local")


_HAS_USER_BASE = _getuserbase() is not None
if _HAS_USER_BASE:
    _INSTALL_SCHEMES["nt_user"] = _user_scheme(
        "{userbase}/Python{py_version_nodot_plat}",
        "{userbase}/Python{py_version_nodot_plat}/Include",
        "{userbase}/Python{py_version_nodot_plat}/Scripts")
    _INSTALL_SCHEMES["posix_user"] = {
        "stdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    }
    _INSTALL_SCHEMES["osx_framework_user"] = _user_scheme(
        "{userbase}/lib/python", "{userbase}/include/python{py_version_short}",
        "{userbase}/bin")

_SCHEME_KEYS = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")

_PY_VERSION = "%d.%d.%d" % sys.version_info[:3]
_PY_VERSION_SHORT = "%d.%d" % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = "%d%d" % sys.version_info[:2]
_PREFIX = os.path.normpath(sys.prefix)
_BASE_PREFIX = os.path.normpath(getattr(sys, "base_prefix", sys.prefix))
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_BASE_EXEC_PREFIX = os.path.normpath(getattr(sys, "base_exec_prefix", sys.exec_prefix))
_CONFIG_VARS = None
_USER_BASE = False


def _safe_realpath(path):
    try:
        return os.path.realpath(path)
    except OSError:
        return path


if sys.executable:
    _PROJECT_BASE = os.path.dirname(_safe_realpath(sys.executable))
else:
    _PROJECT_BASE = _safe_realpath(os.getcwd())


def is_python_build(check_home=False):
    return False


_PYTHON_BUILD = False


class _Missing(dict):
    def __missing__(self, key):
        return os.environ.get(key, "{" + key + "}")


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f"{var}") from None


def _extend_dict(target, other):
    for key, value in other.items():
        if key not in target:
            target[key] = value


def _expand_vars(scheme, vars):
    res = {}
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    if os.name == "nt":
        vars = {k: v for k, v in vars.items()}
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name in ("posix", "nt"):
            value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, vars))
    return res


def _get_preferred_schemes():
    if os.name == "nt":
        return {"prefix": "nt", "home": "posix_home", "user": "nt_user"}
    if sys.platform == "darwin" and sys._framework:
        return {"prefix": "posix_prefix", "home": "posix_home", "user": "osx_framework_user"}
    return {"prefix": "posix_prefix", "home": "posix_home", "user": "posix_user"}


def get_preferred_scheme(key):
    if key == "prefix" and sys.prefix != sys.base_prefix:
        return "venv"
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f"{key!r} returned {scheme!r}, which is not a valid scheme on this "
                         f"platform")
    return scheme


def get_default_scheme():
    return get_preferred_scheme("prefix")


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The names of the paths every scheme defines."""
    return _SCHEME_KEYS


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme (default: the default scheme)."""
    if scheme is None:
        scheme = get_default_scheme()
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=None, vars=None, expand=True):
    """One installation path of a scheme."""
    if scheme is None:
        scheme = get_default_scheme()
    return get_paths(scheme, vars, expand)[name]


def _build_vars():
    """The build-time variables CPython reads from its Makefile, as coil would
    have them were it installed as CPython is under sys.prefix."""
    machine = os.uname().machine if hasattr(os, "uname") else "unknown"
    multiarch = "%s-%s-gnu" % (machine, sys.platform) if sys.platform == "linux" else ""
    soabi = "cpython-%s-%s" % (_PY_VERSION_SHORT_NO_DOT, multiarch) if multiarch else \
        "cpython-%s" % _PY_VERSION_SHORT_NO_DOT
    libdir = os.path.join(_EXEC_PREFIX, getattr(sys, "platlibdir", "lib"))
    libdest = os.path.join(_PREFIX, "lib", "python" + _PY_VERSION_SHORT)
    include = os.path.join(_PREFIX, "include", "python" + _PY_VERSION_SHORT)
    libpl = os.path.join(libdest, "config-%s%s" % (_PY_VERSION_SHORT,
                                                    "-" + multiarch if multiarch else ""))
    return {
        "ABIFLAGS": "",
        "AR": "ar",
        "BINDIR": os.path.join(_EXEC_PREFIX, "bin"),
        "BINLIBDEST": os.path.join(libdir, "python" + _PY_VERSION_SHORT),
        "CC": "gcc",
        "CCSHARED": "-fPIC",
        "CFLAGS": "-O3 -Wall",
        "CONFINCLUDEPY": include,
        "CXX": "g++",
        "EXE": "",
        "EXT_SUFFIX": "." + soabi + ".so",
        "HOST_GNU_TYPE": "%s-pc-%s-gnu" % (machine, sys.platform),
        "INCLUDEPY": include,
        "LDFLAGS": "",
        "LDLIBRARY": "libpython%s.a" % _PY_VERSION_SHORT,
        "LDSHARED": "gcc -shared",
        "LIBDEST": libdest,
        "LIBDIR": libdir,
        "LIBPL": libpl,
        "MACHDEP": sys.platform,
        "MULTIARCH": multiarch,
        "OPT": "-DNDEBUG -O3 -Wall",
        "Py_DEBUG": 0,
        "Py_ENABLE_SHARED": 0,
        "SHLIB_SUFFIX": ".so",
        "SIZEOF_DOUBLE": 8,
        "SIZEOF_INT": 4,
        "SIZEOF_LONG": 8,
        "SIZEOF_SIZE_T": 8,
        "SIZEOF_VOID_P": 8,
        "SOABI": soabi,
        "TZPATH": "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
        "VERSION": _PY_VERSION_SHORT,
        "WITH_DOC_STRINGS": 1,
        "WITH_PYMALLOC": 0,
        "prefix": _PREFIX,
        "exec_prefix": _EXEC_PREFIX,
        "srcdir": libpl,
    }


def get_config_vars(*args):
    """The configuration variables (a dict), or the values of the names given."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        cv = _build_vars()
        cv["prefix"] = _PREFIX
        cv["exec_prefix"] = _EXEC_PREFIX
        cv["py_version"] = _PY_VERSION
        cv["py_version_short"] = _PY_VERSION_SHORT
        cv["py_version_nodot"] = _PY_VERSION_SHORT_NO_DOT
        cv["installed_base"] = _BASE_PREFIX
        cv["base"] = _PREFIX
        cv["installed_platbase"] = _BASE_EXEC_PREFIX
        cv["platbase"] = _EXEC_PREFIX
        cv["projectbase"] = _PROJECT_BASE
        cv["platlibdir"] = getattr(sys, "platlibdir", "lib")
        cv["abiflags"] = getattr(sys, "abiflags", "")
        cv["py_version_nodot_plat"] = ""
        if _HAS_USER_BASE:
            cv["userbase"] = _getuserbase()
        _CONFIG_VARS = cv
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable, or None."""
    return get_config_vars().get(name)


def get_platform():
    """'linux-x86_64' and the like: the OS and the machine."""
    if os.name == "nt":
        return sys.platform
    if os.name != "posix" or not hasattr(os, "uname"):
        return sys.platform
    if "_PYTHON_HOST_PLATFORM" in os.environ:
        return os.environ["_PYTHON_HOST_PLATFORM"]
    osname, host, release, version, machine = os.uname()
    osname = osname.lower().replace("/", "")
    machine = machine.replace(" ", "_").replace("/", "-")
    if osname[:5] == "linux":
        return f"{osname}-{machine}"
    if osname[:6] == "cygwin":
        import re
        m = re.compile(r"[\d.]+").match(release)
        if m:
            release = m.group()
    elif osname[:6] == "darwin":
        osname = "macosx"
    return f"{osname}-{release}-{machine}"


def get_python_version():
    return _PY_VERSION_SHORT


def get_makefile_filename():
    """Where CPython's Makefile would be (coil has none)."""
    return os.path.join(get_config_var("LIBPL"), "Makefile")


def get_config_h_filename():
    """Where CPython's pyconfig.h would be (coil has none)."""
    return os.path.join(get_path("platinclude"), "pyconfig.h")


def parse_config_h(fp, vars=None):
    """Reads #define and #undef lines of a config.h-style file into vars."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                if n in {"MACOSX_DEPLOYMENT_TARGET"}:
                    raise ValueError
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print(f'{title}: ')
        print(f'\t{key} = "{value}"')


def _main():
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_dict("Paths", get_paths())
    print()
    _print_dict("Variables", get_config_vars())


if __name__ == "__main__":
    _main()
