"""Command-line option parsing in the style of C's getopt().

coil's implementation of the standard `getopt` module: getopt() stops at
the first non-option argument, gnu_getopt() lets options and operands mix
(unless the option string starts with '+' or POSIXLY_CORRECT is set).
Long options may be abbreviated to any unique prefix.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parses args (without the program name): returns (options, rest)."""
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    args = list(args)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        if args[0].startswith("--"):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt(), but operands and options may be interleaved."""
    opts = []
    operands = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    args = list(args)
    posix = False
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        posix = True
    elif os.environ.get("POSIXLY_CORRECT"):
        posix = True
    while args:
        a = args[0]
        if a == "--":
            operands += args[1:]
            break
        if a[:2] == "--":
            opts, args = _long(opts, a[2:], longopts, args[1:])
        elif a[:1] == "-" and a != "-":
            opts, args = _short(opts, a[1:], shortopts, args[1:])
        else:
            if posix:
                operands += args
                break
            operands.append(a)
            args = args[1:]
    return opts, operands


def _long(opts, opt, longopts, args):
    if "=" in opt:
        opt, value = opt.split("=", 1)
    else:
        value = None
    takes_arg, opt = _long_has_args(opt, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError("option --%s requires argument" % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError("option --%s must not have an argument" % opt, opt)
    opts.append(("--" + opt, value or ""))
    return opts, args


def _long_has_args(opt, longopts):
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError("option --%s not recognized" % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + "=" in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError("option --%s not a unique prefix" % opt, opt)
    only = candidates[0]
    if only.endswith("="):
        return True, only[:-1]
    return False, only


def _short(opts, optstring, shortopts, args):
    while optstring != "":
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if optstring == "":
                if not args:
                    raise GetoptError("option -%s requires argument" % opt, opt)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ""
        else:
            value = ""
        opts.append(("-" + opt, value))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError("option -%s not recognized" % opt, opt)
