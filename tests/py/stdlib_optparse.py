# optparse: OptionParser, add_option actions and types, defaults, help
# output and the error messages parse_args prints.
import io
import sys
from optparse import (OptionParser, OptionGroup, Option, make_option,
                      OptionError, OptionConflictError, OptionValueError,
                      SUPPRESS_HELP, Values, BadOptionError,
                      TitledHelpFormatter, IndentedHelpFormatter)


def make_parser():
    p = OptionParser(usage="%prog [options] FILE...", prog="tool",
                     version="%prog 1.2", description="Process some files "
                     "and report on what was found in them, at length, "
                     "wrapping this description over several lines.",
                     epilog="See the manual for more.")
    p.add_option("-f", "--file", dest="filename", metavar="FILE",
                 help="write report to FILE")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose",
                 default=True, help="don't print status messages to stdout")
    p.add_option("-n", "--count", type="int", default=3,
                 help="how many times [default: %default]")
    p.add_option("-r", "--ratio", type="float")
    p.add_option("-m", "--mode", choices=["fast", "slow"], default="fast",
                 help="the mode, one of fast or slow; this help text is long "
                 "enough that it has to wrap onto a second line")
    p.add_option("-I", "--include", action="append", dest="includes",
                 help="add a directory")
    p.add_option("-v", action="count", dest="level")
    p.add_option("--const", action="store_const", const=42)
    p.add_option("--point", nargs=2, type="int")
    p.add_option("--secret", help=SUPPRESS_HELP)
    p.add_option("--a-very-long-option-name-here", dest="long_one",
                 metavar="VALUE", help="an option too wide for the column")
    p.add_option("--no-help")
    group = OptionGroup(p, "Dangerous Options",
                        "Caution: use these options at your own risk.")
    group.add_option("-g", action="store_true", help="Group option.")
    p.add_option_group(group)
    return p


def run(argv):
    p = make_parser()
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = out = io.StringIO()
    sys.stderr = err = io.StringIO()
    code = None
    try:
        opts, args = p.parse_args(argv)
    except SystemExit as e:
        code = e.code
        opts = args = None
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    print("argv:", argv)
    if code is not None:
        print("exit", code)
    if out.getvalue():
        print("stdout:", out.getvalue(), sep="\n", end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), sep="\n", end="")
    if opts is not None:
        print(sorted(vars(opts).items()), args)


run([])
run(["-f", "out.txt", "a", "b"])
run(["--file=x", "-q", "-n", "7", "--ratio", "2.5", "rest"])
run(["-n0x10", "-vvv", "-I", "a", "-Ib", "--include=c", "--const"])
run(["--point", "3", "4", "--mode", "slow", "--", "-f", "x"])
run(["--fi", "y", "--cou=5", "-qv"])
run(["-h"])
run(["--version"])
run(["-x"])
run(["--bogus"])
run(["-n", "abc"])
run(["-r", "x"])
run(["--mode", "medium"])
run(["-f"])
run(["--point", "1"])
run(["--quiet=yes"])
run(["--co"])
run(["--no"])

# Callbacks, set_defaults, interspersed args, Values.
def cb(option, opt_str, value, parser, extra):
    print("callback", option.dest, opt_str, value, extra, parser.largs, parser.rargs)
    setattr(parser.values, option.dest, value * 2)

p = OptionParser(prog="cbtool", add_help_option=False)
p.add_option("-c", action="callback", callback=cb, type="int", dest="c",
             callback_args=("X",))
p.add_option("-k", "--keep", action="store_true")
p.set_defaults(keep=False, other="o")
opts, args = p.parse_args(["pos", "-c", "21", "more"])
print(opts, args)
p.disable_interspersed_args()
opts, args = p.parse_args(["pos", "-k"])
print(opts.keep, args)
print(p.has_option("-c"), p.has_option("--nope"), str(p.get_option("--keep")))
p.remove_option("-k")
print(p.has_option("--keep"))
try:
    p.remove_option("-z")
except ValueError as e:
    print("ValueError:", e)
v = Values({"a": 1})
print(v, v == {"a": 1}, v.ensure_value("b", []), v)

# Badly built options.
for args, kw in [((), {}), (("f",), {}), (("-foo",), {}),
                 (("-x",), {"type": "nosuch"}),
                 (("-x",), {"action": "frobnicate"}),
                 (("-x",), {"action": "store_true", "type": "int"}),
                 (("-x",), {"type": "choice"}),
                 (("-x",), {"const": 1}),
                 (("-x",), {"action": "callback", "callback": 3}),
                 (("-x",), {"bogus": 1, "another": 2})]:
    try:
        Option(*args, **kw)
    except (OptionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
p = OptionParser()
p.add_option("-a", "--all")
try:
    p.add_option("-a", "--other")
except OptionConflictError as e:
    print("OptionConflictError:", e)
p2 = OptionParser(conflict_handler="resolve", prog="r")
p2.add_option("-a", "--all", help="first")
p2.add_option("-a", help="second")
print(p2.format_help(), end="")
o = make_option("-z", "--zed", type=int)
print(o.type, o.dest, str(o), o.takes_value())

# The other help formatter.
p3 = OptionParser(prog="t3", formatter=TitledHelpFormatter())
p3.add_option("-o", "--output", help="where to write")
print(p3.format_help(), end="")
p4 = OptionParser(prog="t4", usage="usage: %prog -x", formatter=IndentedHelpFormatter(width=40))
p4.add_option("-x", help="a long help text that wraps on a narrow formatter width for sure")
p4.print_help()
