# Literal concatenation is checked left to right as in CPython: the
# f-string's own error comes before the bytes/str mix (here 'b' starts a
# bytes literal because the quotes end the f-string early).
x = 1
print(f'{x['b']}')
