import string, _string
f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), f.format('{} {}', 'a', 'b'), f.format('{0!r:>6}|{1:*^7}', 'q', 'mid'))
print(f.format('{a.real} {b[1]} {c[k]}', a=3+4j, b=[5, 6], c={'k': 'v'}), f.format('{:{w}.{p}f}', 3.14159, w=9, p=2))
print(f.format('{{literal}} {0!a}', 'é'), f.vformat('{n}', (), {'n': 7}))
print(list(f.parse('a{0!r:>5}b{{c}}')), list(_string.formatter_parser('x{a.b[0]:{w}}y')))
first, rest = _string.formatter_field_name_split('a.b[0][k]'); print(first, list(rest))
for bad in ['{} {0}', '{0} {}', '{', '}', '{0!x}', '{0:{1:{2}}}']:
    try: print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e: print(type(e).__name__, e)
class Upper(string.Formatter):
    def format_field(self, value, spec): return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{greet}, {name}!', greet='hello'))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise KeyError(sorted(extra))
try: Strict().format('{a}', a=1, b=2, c=3)
except KeyError as e: print('unused', e)
class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u': return str(value).upper()
        return super().convert_field(value, conversion)
print(Conv().format('{0!u} {0!s}', 'ab'))
