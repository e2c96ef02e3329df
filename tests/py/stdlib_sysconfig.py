# sysconfig: schemes, paths consistent with sys.prefix, config variables,
# platform and version.
import os
import sys
import sysconfig

print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user"),
      sysconfig.get_preferred_scheme("home"), sysconfig.get_preferred_scheme("prefix"))
print(sysconfig.get_python_version())
print(sysconfig.get_platform() == "%s-%s" % (os.uname().sysname.lower(), os.uname().machine))
for scheme in sysconfig.get_scheme_names():
    print(scheme, sorted(sysconfig.get_paths(scheme, expand=False).items()))

paths = sysconfig.get_paths()
print(sorted(paths))
v = sys.version_info
short = "%d.%d" % v[:2]
prefix = os.path.normpath(sys.prefix)
exec_prefix = os.path.normpath(sys.exec_prefix)
print(paths["stdlib"] == os.path.join(os.path.normpath(sys.base_prefix), sys.platlibdir,
                                      "python" + short))
print(paths["purelib"] == os.path.join(prefix, "lib", "python" + short, "site-packages"))
print(paths["scripts"] == os.path.join(prefix, "bin"), paths["data"] == prefix)
print(paths["include"].endswith("include/python" + short + sysconfig.get_config_var("abiflags")))
print(sysconfig.get_path("platlib") == os.path.join(exec_prefix, sys.platlibdir,
                                                    "python" + short, "site-packages"))
print(sysconfig.get_path("purelib", "posix_home") == os.path.join(prefix, "lib", "python"))
print(sysconfig.get_paths("posix_prefix", vars={"base": "/opt/x", "platbase": "/opt/y",
                                                "installed_base": "/opt/z",
                                                "installed_platbase": "/opt/w"}))
print(sysconfig.get_path("scripts", "posix_user", vars={"userbase": "/home/u/.local"}))
print(sysconfig.get_path("data", "nt", vars={"base": "/b"}))
try:
    sysconfig.get_path("nosuch")
except KeyError as e:
    print("KeyError", e)
try:
    sysconfig.get_paths("nosuch_scheme")
except KeyError as e:
    print("KeyError", e)

cv = sysconfig.get_config_vars()
print(type(cv).__name__, cv is sysconfig.get_config_vars())
print(cv["prefix"] == prefix, cv["exec_prefix"] == exec_prefix, cv["base"] == prefix,
      cv["platbase"] == exec_prefix)
print(cv["py_version"] == "%d.%d.%d" % v[:3], cv["py_version_short"], cv["py_version_nodot"],
      cv["VERSION"], repr(cv["py_version_nodot_plat"]), repr(cv["abiflags"]), cv["platlibdir"])
print(sysconfig.get_config_vars("VERSION", "nosuch", "py_version_short"))
print(sysconfig.get_config_var("nosuch"))
print(sysconfig.get_config_var("EXT_SUFFIX").endswith(".so"),
      sysconfig.get_config_var("SOABI").startswith("cpython-311"),
      sysconfig.get_config_var("EXT_SUFFIX") == "." + sysconfig.get_config_var("SOABI") + ".so")
print(sysconfig.get_config_var("SIZEOF_VOID_P"), sysconfig.get_config_var("Py_DEBUG"),
      sysconfig.get_config_var("MACHDEP"), repr(sysconfig.get_config_var("EXE")))
print(sysconfig.get_config_var("LIBDIR") == os.path.join(exec_prefix, sys.platlibdir))
print(sysconfig.get_config_var("BINDIR") == os.path.join(exec_prefix, "bin"))
print(sysconfig.get_config_var("LIBDEST") == os.path.join(prefix, "lib", "python" + short))
print(sysconfig.get_config_var("INCLUDEPY") == os.path.join(prefix, "include",
                                                            "python" + short))
print(sysconfig.get_config_var("userbase") == os.path.expanduser("~/.local")
      or "PYTHONUSERBASE" in os.environ)
print(sysconfig.get_makefile_filename().endswith("/Makefile"),
      sysconfig.get_config_h_filename().endswith("/pyconfig.h"))
print(sysconfig.is_python_build())
import io
print(sysconfig.parse_config_h(io.StringIO("#define HAVE_X 1\n#define NAME \"v\"\n"
                                           "/* #undef HAVE_Y */\nother\n")))
