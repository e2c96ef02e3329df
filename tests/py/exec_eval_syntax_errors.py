for s in ['x = 1','x=1','import os','1\n2','x += 1','a, b = 1, 2', 'if 1: pass', 'pass', 'del x','x: int = 3','x = y = 2']:
  try: eval(s)
  except SyntaxError as e: print(repr(s), e, e.lineno, e.offset, repr(e.text))
