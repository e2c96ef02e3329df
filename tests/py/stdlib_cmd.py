# cmd.Cmd: dispatch, help, columnize, hooks, cmdloop over a stdin object
import io
import cmd


class Shell(cmd.Cmd):
    prompt = '(test) '
    intro = 'Welcome.'

    def preloop(self):
        print('preloop')

    def postloop(self):
        print('postloop')

    def precmd(self, line):
        return line.replace('PLEASE ', '')

    def postcmd(self, stop, line):
        print('postcmd', repr(line), stop)
        return stop

    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        print('hello', arg or 'world')

    def do_add(self, arg):
        print(sum(int(x) for x in arg.split()))

    def help_add(self):
        print('add numbers')

    def help_topic(self):
        print('a topic')

    def do_shell(self, arg):
        print('shell:', arg)

    def do_quit(self, arg):
        'Quit the shell.'
        return True

    def do_EOF(self, arg):
        print('EOF seen')
        return True

    def complete_greet(self, text, line, begidx, endidx):
        return [n for n in ('alice', 'bob') if n.startswith(text)]


out = io.StringIO()
sh = Shell(stdin=io.StringIO('greet\ngreet Bob\n\nadd 1 2 3\n?add\nhelp greet\n!ls -l\n'
                             'nope\n  \nPLEASE greet you\n123\nhelp nothing\nhelp\nquit\nafter\n'),
           stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print(out.getvalue())

sh2 = Shell(stdin=io.StringIO('greet x\n'), stdout=io.StringIO())
sh2.use_rawinput = False
sh2.cmdloop(intro='Other intro')
print(sh2.stdout.getvalue())

c = cmd.Cmd(stdout=io.StringIO())
print(c.parseline('help me'), c.parseline(''), c.parseline('?x'), c.parseline('!x'),
      c.parseline('foo-bar baz'), c.parseline('  spaced   out  '))
print(c.onecmd('unknown thing'), c.stdout.getvalue())
print(sorted(sh.completenames('g')), sorted(sh.completenames('')), sorted(sh.complete_help('t')))
print(sh.complete_greet('a', 'greet a', 6, 7))
print(sh.lastcmd)

for width in (80, 30, 12, 5):
    s = io.StringIO()
    c = cmd.Cmd(stdout=s)
    c.columnize(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
                 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi'], width)
    print(s.getvalue())
s = io.StringIO()
c = cmd.Cmd(stdout=s)
c.columnize([])
c.columnize(['only'])
c.columnize(['w%d' % i for i in range(40)])
print(s.getvalue())
try:
    c.columnize(['a', 1, 'b', 2.0])
except TypeError as e:
    print('TypeError', e)
print(cmd.PROMPT, cmd.IDENTCHARS[-5:], cmd.Cmd.ruler, cmd.Cmd.nohelp)
