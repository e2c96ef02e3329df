"""cmd: a base class for line-oriented command interpreters (coil's version
of the CPython 3.11 module).  Subclass Cmd and define do_<name>(arg) methods;
help_<name>() methods and docstrings give the help text."""

import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Prompt, read and dispatch lines until a command's postcmd() returns
        true (a do_ method returning true) or input ends."""
        self.preloop()
        readline = None
        old_completer = None
        if self.use_rawinput and self.completekey:
            try:
                import readline
                old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ': complete')
            except (ImportError, AttributeError):
                readline = None
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + '\n')
            stop = None
            while not stop:
                if self.cmdqueue:
                    line = self.cmdqueue.pop(0)
                elif self.use_rawinput:
                    try:
                        line = input(self.prompt)
                    except EOFError:
                        line = 'EOF'
                else:
                    self.stdout.write(self.prompt)
                    self.stdout.flush()
                    line = self.stdin.readline()
                    if not len(line):
                        line = 'EOF'
                    else:
                        line = line.rstrip('\r\n')
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if readline is not None:
                try:
                    readline.set_completer(old_completer)
                except AttributeError:
                    pass

    def precmd(self, line):
        """Hook run on a line before it is dispatched; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Hook run after a command; its result decides whether the loop ends."""
        return stop

    def preloop(self):
        """Hook run once when cmdloop() starts."""
        pass

    def postloop(self):
        """Hook run once when cmdloop() is about to return."""
        pass

    def parseline(self, line):
        """Split a line into (command, argument, line): '?' means help, '!'
        means shell (when do_shell exists)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if hasattr(self, 'do_shell'):
                line = 'shell ' + line[1:]
            else:
                return None, None, line
        i = 0
        n = len(line)
        while i < n and line[i] in self.identchars:
            i += 1
        command, arg = line[:i], line[i:].strip()
        return command, arg, line

    def onecmd(self, line):
        """Run one command line; the do_ method's result is returned."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = line
        if line == 'EOF':
            self.lastcmd = ''
        if command == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + command)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for an unknown command."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline completer: the state'th completion of text."""
        if state == 0:
            import readline
            origline = readline.get_line_buffer()
            line = origline.lstrip()
            stripped = len(origline) - len(line)
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            if begidx > 0:
                command, args, foo = self.parseline(line)
                if command == '':
                    compfunc = self.completedefault
                else:
                    compfunc = getattr(self, 'complete_' + command, self.completedefault)
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """Attribute names of the class (instance attributes are not commands)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names()
                     if name.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                    if doc:
                        self.stdout.write('%s\n' % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write('%s\n' % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        cmds_doc = []
        cmds_undoc = []
        topics = set()
        for name in names:
            if name[:5] == 'help_':
                topics.add(name[5:])
        names.sort()
        prevname = ''
        for name in names:
            if name[:3] != 'do_':
                continue
            if name == prevname:
                continue
            prevname = name
            cmd = name[3:]
            if cmd in topics:
                cmds_doc.append(cmd)
                topics.remove(cmd)
            elif getattr(self, name).__doc__:
                cmds_doc.append(cmd)
            else:
                cmds_undoc.append(cmd)
        self.stdout.write('%s\n' % str(self.doc_leader))
        self.print_topics(self.doc_header, cmds_doc, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, cmds_undoc, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write('%s\n' % str(header))
        if self.ruler:
            self.stdout.write('%s\n' % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Print a list of strings in as few rows as fit displaywidth, filling
        columns top to bottom, columns two spaces apart."""
        if not list:
            self.stdout.write('<empty>\n')
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError('list[i] not a string for i in %s' % ', '.join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        for nrows in range(1, len(list)):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                width = 0
                for row in range(nrows):
                    i = row + nrows * col
                    if i >= size:
                        break
                    width = max(width, len(list[i]))
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows = len(list)
            ncols = 1
            widths = [0]
        for row in range(nrows):
            cells = []
            for col in range(ncols):
                i = row + nrows * col
                cells.append(list[i] if i < size else '')
            while cells and not cells[-1]:
                del cells[-1]
            for col in range(len(cells)):
                cells[col] = cells[col].ljust(widths[col])
            self.stdout.write('%s\n' % str('  '.join(cells)))
