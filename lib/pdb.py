"""pdb: the Python debugger (coil's version of CPython 3.11's module; its
core). Pdb is a bdb.Bdb reading commands from stdin (or the stdin given):
where/w/bt, step/s, next/n, return/r, continue/c/cont, until/unt,
break/b and tbreak (line, file:line or function, with a condition), clear,
disable, enable, condition, ignore, up/u, down/d, list/l, args/a, p, pp,
retval/rv, whatis, display-free expressions and `!statement`,
quit/q/exit. run, runeval, runcall, set_trace and post_mortem as CPython's;
the messages are CPython's word for word.

coil: a frame that turns tracing on goes on untraced until its next loop
back-edge or call (compiled code until it returns), so set_trace takes
effect at the caller's next call into Python or loop iteration
(vm/trace.h)."""

import os
import sys
import bdb
import linecache
import pprint
import traceback
import reprlib

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


def find_function(funcname, filename):
    """(funcname, filename, line of its def) or None."""
    import re
    cre = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        fp = open(filename, encoding='utf-8')
    except OSError:
        return None
    with fp:
        for lineno, line in enumerate(fp, start=1):
            if cre.match(line):
                return funcname, filename, lineno
    return None


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""


line_prefix = '\n-> '


class Pdb(bdb.Bdb):
    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.use_rawinput = stdin is None
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = False
        self.commands = {}
        self.lastcmd = ''
        self.curframe = None
        self.curindex = 0
        self.stack = []
        self.lineno = None
        self._user_requested_quit = False

    # ---- output -------------------------------------------------------------------

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    # ---- stops --------------------------------------------------------------------

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    def setup(self, f, tb):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            if (self.mainpyfile != self.canonic(frame.f_code.co_filename)
                    or frame.f_lineno <= 0):
                return
            self._wait_for_mainpyfile = False
        self.interaction(frame, None)

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        self.return_values[frame] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_traceback = exc_info
        prefix = 'Internal ' if (not exc_traceback and exc_type is StopIteration) else ''
        self.message('%s%s' % (prefix, traceback.format_exception_only(exc_type, exc_value)[-1].strip()))
        self.interaction(frame, exc_traceback)

    def interaction(self, frame, traceback):
        self.setup(frame, traceback)
        self.print_stack_entry(self.stack[self.curindex])
        self.cmdloop()
        self.forget()

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        prefix = '> ' if frame is self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    def print_stack_trace(self):
        try:
            for frame_lineno in self.stack:
                self.print_stack_entry(frame_lineno)
        except KeyboardInterrupt:
            pass

    # ---- the command loop -----------------------------------------------------------

    def cmdloop(self):
        while True:
            if self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = 'EOF'
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = 'EOF' if not line else line.rstrip('\r\n')
            if self.onecmd(line):
                return

    def onecmd(self, line):
        """Runs one command; true when execution should resume."""
        line = line.strip()
        if not line:
            line = self.lastcmd
            if not line:
                return False
        else:
            self.lastcmd = line
        if line[:1] == '!':
            self.default(line[1:])
            return False
        i = 0
        while i < len(line) and (line[i].isalnum() or line[i] == '_'):
            i += 1
        cmd, arg = line[:i], line[i:].strip()
        if cmd == 'EOF':
            self.message('')
            self._user_requested_quit = True
            self.set_quit()
            return True
        if not cmd:
            self.default(line)
            return False
        func = getattr(self, 'do_' + cmd, None)
        if func is None:
            self.default(line)
            return False
        return func(arg)

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._error_exc()
            raise

    def _error_exc(self):
        exc_info = sys.exc_info()[:2]
        self.error(traceback.format_exception_only(*exc_info)[-1].strip())

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        locals = self.curframe_locals
        globals = self.curframe.f_globals
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            save_stdout = sys.stdout
            save_displayhook = sys.displayhook
            try:
                sys.stdout = self.stdout
                sys.displayhook = self._displayhook
                exec(code, globals, locals)
            finally:
                sys.stdout = save_stdout
                sys.displayhook = save_displayhook
        except:
            self._error_exc()

    def _displayhook(self, obj):
        if obj is not None:
            self.message(repr(obj))

    # ---- commands -------------------------------------------------------------------

    def do_step(self, arg):
        self.set_step()
        return True
    do_s = do_step

    def do_next(self, arg):
        self.set_next(self.curframe)
        return True
    do_n = do_next

    def do_return(self, arg):
        self.set_return(self.curframe)
        return True
    do_r = do_return

    def do_continue(self, arg):
        self.set_continue()
        return True
    do_c = do_cont = do_continue

    def do_until(self, arg):
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return False
            if lineno <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return False
        else:
            lineno = None
        self.set_until(self.curframe, lineno)
        return True
    do_unt = do_until

    def do_quit(self, arg):
        self._user_requested_quit = True
        self.set_quit()
        return True
    do_q = do_exit = do_quit

    def do_where(self, arg):
        self.print_stack_trace()
    do_w = do_bt = do_where

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[self.curindex])
        self.lineno = None

    def do_up(self, arg):
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        newframe = 0 if count < 0 else max(0, self.curindex - count)
        self._select_frame(newframe)
    do_u = do_up

    def do_down(self, arg):
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        if count < 0:
            newframe = len(self.stack) - 1
        else:
            newframe = min(len(self.stack) - 1, self.curindex + count)
        self._select_frame(newframe)
    do_d = do_down

    def do_args(self, arg):
        co = self.curframe.f_code
        dict = self.curframe_locals
        n = co.co_argcount + co.co_kwonlyargcount
        if co.co_flags & 4:
            n += 1
        if co.co_flags & 8:
            n += 1
        for i in range(n):
            name = co.co_varnames[i]
            if name in dict:
                self.message('%s = %r' % (name, dict[name]))
            else:
                self.message('%s = *** undefined ***' % (name,))
    do_a = do_args

    def do_retval(self, arg):
        rv = self.return_values.get(self.curframe, self)
        if rv is not self:
            self.message(repr(rv))
        else:
            self.error('Not yet returned!')
    do_rv = do_retval

    def do_p(self, arg):
        try:
            self.message(repr(self._getval(arg)))
        except:
            pass

    def do_pp(self, arg):
        try:
            self.message(pprint.pformat(self._getval(arg)))
        except:
            pass

    def do_whatis(self, arg):
        try:
            value = self._getval(arg)
        except:
            return
        self.message(type(value))

    def do_list(self, arg):
        self.lastcmd = 'list'
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = arg.split(',')
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last
                else:
                    first = int(arg.strip())
                    first = max(1, first - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        lines = linecache.getlines(filename, self.curframe.f_globals)
        breaklist = self.get_file_breaks(filename)
        for lineno in range(first, min(last, len(lines)) + 1):
            line = lines[lineno - 1]
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += ' '
            s += 'B' if lineno in breaklist else ' '
            if lineno == self.curframe.f_lineno:
                s += '->'
            self.message(s + '\t' + line.rstrip())
            self.lineno = lineno
    do_l = do_list

    # ---- breakpoints ----------------------------------------------------------------

    def do_break(self, arg, temporary=0):
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        filename = None
        lineno = None
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(':')
        funcname = None
        if colon >= 0:
            filename = arg[:colon].rstrip()
            f = self.lookupmodule(filename)
            if not f:
                self.error('%r not found from sys.path' % filename)
                return
            filename = f
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Bad lineno: %s' % arg)
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                try:
                    func = eval(arg, self.curframe.f_globals, self.curframe_locals)
                except:
                    func = arg
                try:
                    if hasattr(func, '__func__'):
                        func = func.__func__
                    code = func.__code__
                    funcname = code.co_name
                    lineno = code.co_firstlineno
                    filename = code.co_filename
                except:
                    # Not a function object (yet): a `def` of that name
                    # in the current file.
                    found = find_function(arg.split('.')[-1].strip(), self.defaultFile())
                    if not found:
                        self.error('The specified object %r is not a function '
                                   'or was not found along sys.path.' % arg)
                        return
                    funcname, filename, lineno = found
        if not filename:
            filename = self.defaultFile()
        err = self.set_break(filename, lineno, temporary, cond, funcname)
        if err:
            self.error(err)
        else:
            bp = self.get_breaks(filename, lineno)[-1]
            self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))
    do_b = do_break

    def do_tbreak(self, arg):
        self.do_break(arg, 1)

    def defaultFile(self):
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    def lookupmodule(self, filename):
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        f = os.path.join(sys.path[0], filename)
        if os.path.exists(f) and self.canonic(f) == self.mainpyfile:
            return f
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    def do_clear(self, arg):
        if not arg:
            bplist = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
            self.clear_all_breaks()
            for bp in bplist:
                self.message('Deleted %s' % bp)
            return
        if ':' in arg:
            i = arg.rfind(':')
            filename = arg[:i]
            arg = arg[i + 1:]
            try:
                lineno = int(arg)
            except ValueError:
                err = "Invalid line number (%s)" % arg
            else:
                bplist = self.get_breaks(filename, lineno)[:]
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                for bp in bplist:
                    self.message('Deleted %s' % bp)
            return
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                self.clear_bpbynumber(i)
                self.message('Deleted %s' % bp)
    do_cl = do_clear

    def do_enable(self, arg):
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                bp.enable()
                self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                bp.disable()
                self.message('Disabled %s' % bp)

    def do_condition(self, arg):
        args = arg.split(' ', 1)
        try:
            cond = args[1]
        except IndexError:
            cond = None
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.cond = cond
            if not cond:
                self.message('Breakpoint %d is now unconditional.' % bp.number)
            else:
                self.message('New condition set for breakpoint %d.' % bp.number)

    def do_ignore(self, arg):
        args = arg.split()
        try:
            count = int(args[1].strip())
        except:
            count = 0
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.ignore = count
            if count > 0:
                if count > 1:
                    countstr = '%d crossings' % count
                else:
                    countstr = '1 crossing'
                self.message('Will ignore next %s of breakpoint %d.' % (countstr, bp.number))
            else:
                self.message('Will stop next time breakpoint %d is reached.' % bp.number)

    def do_help(self, arg):
        names = sorted(n[3:] for n in dir(self) if n.startswith('do_'))
        self.message('\nDocumented commands (type help <topic>):')
        self.message('=' * 40)
        self.message('  '.join(names))
        self.message('')
    do_h = do_help

    # ---- running a program ------------------------------------------------------------

    def _runscript(self, filename):
        import __main__
        import builtins
        __main__.__dict__.clear()
        __main__.__dict__.update({"__name__": "__main__", "__file__": filename,
                                  "__builtins__": builtins})
        self._wait_for_mainpyfile = True
        self.mainpyfile = self.canonic(filename)
        with open(filename, 'rb') as fp:
            statement = "exec(compile(%r, %r, 'exec'))" % (fp.read(), self.mainpyfile)
        self.run(statement)


def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    if t is None:
        t = sys.exc_info()[2]
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    p = Pdb()
    p.reset()
    p.interaction(None, t)


def pm():
    post_mortem(sys.last_traceback)


def help():
    print(__doc__)


def main():
    if not sys.argv[1:]:
        print("usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...")
        sys.exit(2)
    commands = []
    args = sys.argv[1:]
    while args and args[0] in ('-c', '--command'):
        commands.append(args[1])
        args = args[2:]
    mainpyfile = args[0]
    if not os.path.exists(mainpyfile):
        print('Error:', mainpyfile, 'does not exist')
        sys.exit(1)
    sys.argv[:] = args
    sys.path[0] = os.path.dirname(mainpyfile)
    pdb = Pdb()
    if commands:
        import io
        rest = sys.stdin.read() if not sys.stdin.isatty() else ''
        pdb.stdin = io.StringIO('\n'.join(commands) + '\n' + rest)
        pdb.use_rawinput = False
    while True:
        try:
            pdb._runscript(mainpyfile)
        except SystemExit:
            pass
        if pdb._user_requested_quit:
            return
        print("The program finished and will be restarted")


if __name__ == '__main__':
    # Run from the module proper: the script replaces __main__'s dict.
    import pdb
    pdb.main()
