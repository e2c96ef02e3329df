# CPython 3.11 reports a syntax error inside an f-string replacement field
# against the text "(expr)", with columns counted in it.
cases = ['f"{1 +}"', 'x = 1\ny = f"abc {x +} def"', 'print(f"{a b}")', 'f"{a $ b}"',
         'f"""{\n1 +}"""', 'f"{x:{1 +}}"', 'f"{lambda x: 1}"', 'f"{a = }"', 'f"{(1 +)}"',
         "f'{a[}'", 'f"{import x}"', 'f"{1 if}"', 'f"{*a}"', 'f"{*a, b}"', 'f"{a:=1}"',
         'f"{f\'{1 +}\'}"', 'f"é{ü +}"', 'f"{}"', 'f"{x!}"', 'f"{1 + 2 +}" + f"{3 *}"']
for src in cases:
    try:
        compile(src, 's', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
