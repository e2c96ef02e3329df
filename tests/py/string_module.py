# string: constants, capwords, Template substitution and errors.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords('hello   big  world '), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}, $$5 each; $who!')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(string.Template('$a and $b').safe_substitute(a=1))
print(string.Template('${x}y $').safe_substitute(x='X'))
print(string.Template('$x $y $x').get_identifiers(), string.Template('$ bad').is_valid())
try:
    string.Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('ok\nthen $').substitute()
except ValueError as e:
    print('ValueError', e)
