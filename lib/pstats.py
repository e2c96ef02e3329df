"""pstats: reports on profile data (coil's version of CPython 3.11's
module): Stats loads what cProfile.Profile or profile.Profile collected
(or a file they dumped with marshal), merges, strips directories, sorts and
prints it in CPython's layout; SortKey names the sort orders.

A stats dict maps (filename, lineno, funcname) -- ('~', 0, '<label>') for a
builtin -- to (primitive calls, total calls, internal time, cumulative
time, callers), callers mapping each caller's key to a count (profile) or
to (calls, primitive calls, internal time, cumulative time) (cProfile)."""

import sys
import os
import time
import marshal
import re
from enum import Enum
from functools import cmp_to_key

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(str, Enum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        value = values[0]
        obj = str.__new__(cls, value)
        obj._value_ = value
        for other in values[1:]:
            cls._value2member_map_[other] = obj
        obj._all_values = values
        return obj


class FunctionProfile:
    def __init__(self, ncalls, tottime, percall_tottime, cumtime, percall_cumtime,
                 file_name, line_number):
        self.ncalls = ncalls
        self.tottime = tottime
        self.percall_tottime = percall_tottime
        self.cumtime = cumtime
        self.percall_cumtime = percall_cumtime
        self.file_name = file_name
        self.line_number = line_number

    def __repr__(self):
        return ("FunctionProfile(ncalls=%r, tottime=%r, percall_tottime=%r, cumtime=%r, "
                "percall_cumtime=%r, file_name=%r, line_number=%r)" % (
                    self.ncalls, self.tottime, self.percall_tottime, self.cumtime,
                    self.percall_cumtime, self.file_name, self.line_number))

    def __eq__(self, other):
        return isinstance(other, FunctionProfile) and vars(self) == vars(other)


class StatsProfile:
    def __init__(self, total_tt, func_profiles):
        self.total_tt = total_tt
        self.func_profiles = func_profiles

    def __repr__(self):
        return "StatsProfile(total_tt=%r, func_profiles=%r)" % (self.total_tt, self.func_profiles)

    def __eq__(self, other):
        return isinstance(other, StatsProfile) and vars(self) == vars(other)


# What each sort name orders by: (index in the row built by sort_stats,
# direction) pairs, and the words of the "Ordered by" line. Rows are
# (cc, nc, tt, ct, filename, line, name, std_string).
_SORTS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}
_OLD_SORTS = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}


class Stats:
    """Stats(profile_or_file, ..., stream=None)"""

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        if not len(args):
            arg = None
        else:
            arg = args[0]
            args = args[1:]
        self.init(arg)
        self.add(*args)

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" % (self.files[-1] if self.files else ""),
                  file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                st = os.stat(arg)
                arg = time.ctime(st.st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            n = len(func_std_string(func))
            if n > self.max_name_len:
                self.max_name_len = n

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level.add(func)
            if self.max_name_len < item.max_name_len:
                self.max_name_len = item.max_name_len
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """The sort names, with every unambiguous prefix of each."""
        if not self.sort_arg_dict:
            counts = {}
            d = {}
            for word, spec in _SORTS.items():
                for n in range(1, len(word) + 1):
                    prefix = word[:n]
                    if prefix in d or prefix in counts:
                        counts[prefix] = counts.get(prefix, 1) + 1
                        d.pop(prefix, None)
                    else:
                        d[prefix] = spec
            for word, spec in _SORTS.items():
                d[word] = spec
            self.sort_arg_dict = d
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [_OLD_SORTS[field[0]]]
        elif len(field) >= 2:
            for f in field[1:]:
                if type(f) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        keys = []
        words = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            spec, text = defs[word]
            keys.extend(spec)
            words.append(text)
        self.sort_type = ", ".join(words)

        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func), func))

        def compare(a, b):
            for index, direction in keys:
                x = a[index]
                y = b[index]
                if x < y:
                    return -direction
                if x > y:
                    return direction
            return 0
        rows.sort(key=cmp_to_key(compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old = self.stats
        self.stats = new = {}
        longest = 0
        for func, (cc, nc, tt, ct, callers) in old.items():
            nf = func_strip_path(func)
            if len(func_std_string(nf)) > longest:
                longest = len(func_std_string(nf))
            ncallers = {}
            for caller, value in callers.items():
                ncallers[func_strip_path(caller)] = value
            if nf in new:
                new[nf] = add_func_stats(new[nf], (cc, nc, tt, ct, ncallers))
            else:
                new[nf] = (cc, nc, tt, ct, ncallers)
        top = self.top_level
        self.top_level = set(func_strip_path(f) for f in top)
        self.max_name_len = longest
        self.fcn_list = 0
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    # ---- printing -------------------------------------------------------------

    def eval_print_amount(self, sel, stats, msg):
        new = stats
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return new, msg
            new = [f for f in stats if rex.search(func_std_string(f))]
        else:
            count = len(stats)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new = stats[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                count = sel
                new = stats[:count]
        if len(stats) != len(new):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(stats), len(new), sel)
        return new, msg

    def get_stats_profile(self):
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not funcs:
            return StatsProfile(0, {})
        total = float(f8(self.total_tt))
        profiles = {}
        for func in funcs:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, name = func
            ncalls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
            tottime = float(f8(tt))
            cumtime = float(f8(ct))
            per_tt = 0 if nc == 0 else float(f8(tt / nc))
            per_ct = 0 if cc == 0 else float(f8(ct / cc))
            profiles[name] = FunctionProfile(ncalls, tottime, per_tt, cumtime, per_ct,
                                             file_name, line_number)
        return StatsProfile(total, profiles)

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            stat_list = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            stat_list, msg = self.eval_print_amount(sel, stat_list, msg)
        if not stat_list:
            return 0, stat_list
        print(msg, file=self.stream)
        if len(stat_list) < len(self.stats):
            width = max(len(func_std_string(f)) for f in stat_list)
        return width + 2, stat_list

    def print_stats(self, *amount):
        out = self.stream
        for name in self.files:
            print(name, file=out)
        if self.files:
            print(file=out)
        for func in self.top_level:
            print('        ', func_get_function_name(func), file=out)
        print('        ', self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                cc, nc, tt, ct, callers = self.stats[func]
                self.print_call_line(width, func, callers, "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # cProfile's callers carry times: a second heading line says so.
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                value = next(iter(callers.values()))
                if isinstance(value, tuple):
                    print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)
                return

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        pad = 0      # continuation lines are indented under the first
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = "%d/%d" % (nc, cc) if nc != cc else "%d" % nc
                text = "%s %s %s  %s" % (calls.rjust(7 + 2 * pad), f8(tt), f8(ct), name)
                left = name_size + 1
            else:
                text = "%s(%r) %s" % (name, value, f8(self.stats[func][3]))
                left = name_size + 3
            print(" " * (left * pad) + text, file=self.stream)
            pad = 1

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        out = self.stream
        c = str(nc)
        if nc != cc:
            c = c + '/' + str(cc)
        print(c.rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=out)
        print(func_std_string(func), file=out)


class TupleComp:
    """Compares tuples by the given (index, direction) pairs."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            l = left[index]
            r = right[index]
            if l < r:
                return -direction
            if l > r:
                return direction
        return 0


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        # a builtin: '<built-in method builtins.len>' prints as {...}
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct,
            add_callers(t_callers, callers))


def add_callers(target, source):
    new = dict(target)
    for func, value in source.items():
        if func in new:
            old = new[func]
            if isinstance(value, tuple):
                new[func] = tuple(a + b for a, b in zip(value, old))
            else:
                new[func] = value + old
        else:
            new[func] = value
    return new


def count_calls(callers):
    nc = 0
    for calls in callers.values():
        nc += calls
    return nc


def f8(x):
    return "%8.3f" % x


if __name__ == '__main__':
    for name in sys.argv[1:]:
        Stats(name).strip_dirs().sort_stats(-1).print_stats()
