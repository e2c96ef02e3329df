"""code: read-eval-print loops in Python (coil's version of the CPython 3.11
module: InteractiveInterpreter, InteractiveConsole, interact,
compile_command)."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact',
           'compile_command']


def _default_hook():
    hook = getattr(sys, 'excepthook', None)
    return hook is None or hook is getattr(sys, '__excepthook__', None)


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, reporting errors the way the
    interactive prompt does."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {'__name__': '__console__', '__doc__': None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename='<input>', symbol='single'):
        """Compile and run source.  Returns True when the source is
        incomplete (more input is needed), False otherwise (it ran, or it was
        invalid and the error was shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Execute a code object; exceptions other than SystemExit are shown."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled (with filename substituted)."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        if filename and kind is not None and issubclass(kind, SyntaxError):
            try:
                msg, (_, lineno, offset, line) = value.args
            except (ValueError, TypeError):
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if _default_hook():
            self.write(''.join(traceback.format_exception_only(kind, value)))
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        """Show the exception being handled, without this module's frame."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        tb = tb.tb_next if tb is not None else None
        try:
            if _default_hook():
                self.write(''.join(traceback.format_exception(kind, value, tb)))
            else:
                sys.excepthook(kind, value, tb)
        finally:
            kind = value = tb = None

    def write(self, data):
        """Write error output (to sys.stderr); override to redirect."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """InteractiveInterpreter plus line buffering and the prompt loop."""

    def __init__(self, locals=None, filename='<console>'):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines typed so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Read, run and repeat until end of input (EOFError from raw_input)."""
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = '>>> '
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = '... '
        cprt = 'Type "help", "copyright", "credits" or "license" for more information.'
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' %
                       (sys.version, sys.platform, cprt, self.__class__.__name__))
        elif banner:
            self.write('%s\n' % str(banner))
        more = 0
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write('\n')
                    break
                else:
                    more = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                more = 0
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Add a line to the buffer and try to run it all; True means more
        input is needed."""
        self.buffer.append(line)
        source = '\n'.join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=''):
        """Read a line (input()); override for another source."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole over local (readfunc replaces input())."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true',
                        help="don't print version and copyright messages")
    args = parser.parse_args()
    if args.q or sys.flags.quiet:
        banner = ''
    else:
        banner = None
    interact(banner)
