v = 3.14159265
w = 12
p = 3
print(f"[{v:{w}.{p}f}]")
print(f"[{v:>{w}}]")
print(f"[{'abc':{'^'}{9}}]")
fill, align = "*", "<"
print(f"[{'x':{fill}{align}{w}}]")
print(f"[{12345:{','}}]", f"[{12345:{'_'}d}]")
t = "x"
print(f"{f'{t}{t}'}", f"{f'{t!r}'}")
print(f"{'nested'!r:{'>'}{w}}")
for width in range(3, 7):
    print(f"|{width:{width}}|{'s':>{width}}|")
d = {"k": "val"}
print(f"{d['k']}", f"{d['k']:>{len(d['k']) + 2}}")
print(f"""{
    v
    :.3}""")
print(f"{3!r:{'0'}{5}}", f"{-3:{'+'}{5}}")
print(f"{'%s' % 'pct'} {'{}'.format('fmt')}")
print(f"{v:.{p}e}", f"{v:.{p + 2}g}", f"{0.5:{'.0%'}}")
