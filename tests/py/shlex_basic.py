import shlex

cases = [
    'ls -l /tmp', '  spaced   out  ', "echo 'single quoted' \"double quoted\"",
    'a"b c"d', "its\\ fine", 'x\\"y', '"esc \\" and \\\\ and \\n kept"',
    "'no \\escape in single'", '""', "''", 'a "" b', 'cmd # not comment',
    'a#b c', 'tab\there\nnewline', 'weird=chars,+-./@:%', '',
    'über straße', 'a\\\nb', '"multi\nline"',
]
for c in cases:
    print(repr(c), shlex.split(c))
print(shlex.split('cmd arg # a comment\nnext line', comments=True))
print(shlex.split('cmd#x arg', comments=True))
print(shlex.split("a 'b c' \"d e\" f\\ g", posix=False))
print(shlex.split('a "b \\" c" d', posix=False))
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', repr(bad), e)

for s in ['', 'simple', 'has space', "it's", 'a"b', '$HOME', 'x*y', 'ok-._/@%+=:,',
          'tab\t', 'ü', '; rm -rf /', "''"]:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
args = ['prog', 'with space', "quote'd", '', 'plain']
print(shlex.join(args))
print(shlex.split(shlex.join(args)) == args)

lex = shlex.shlex('a = b; c("d e", 12.5) # comment\nlast')
print(list(lex))
lex = shlex.shlex('a = b; "q r" \'s t\'', posix=True)
print(list(lex))
lex = shlex.shlex('one two three', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token())
