# Comparisons between small and big ints of every sign.
vals = [0, 1, -1, 2 ** 47 - 1, 2 ** 47, -(2 ** 47), -(2 ** 47) - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 50, -(10 ** 50)]
for a in vals:
    row = ""
    for b in vals:
        if a < b:
            row += "<"
        elif a == b:
            row += "="
        else:
            row += ">"
    print(row)
print(max(vals), min(vals), 2 ** 100 == 2 ** 100, 2 ** 100 is not None)
print(10 ** 50 + 1 > 10 ** 50, -(10 ** 50) - 1 < -(10 ** 50))
