# N-queens: count all solutions with backtracking over lists; print the first board.
def solve(n, row, cols, diag1, diag2, placement, out):
    if row == n:
        if len(out) == 0:
            out.append(placement[:])
        return 1
    count = 0
    for c in range(n):
        if cols[c] or diag1[row + c] or diag2[row - c + n - 1]:
            continue
        cols[c] = True
        diag1[row + c] = True
        diag2[row - c + n - 1] = True
        placement.append(c)
        count += solve(n, row + 1, cols, diag1, diag2, placement, out)
        placement.pop()
        cols[c] = False
        diag1[row + c] = False
        diag2[row - c + n - 1] = False
    return count

for n in range(1, 9):
    first = []
    total = solve(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n), [], first)
    print(n, total)
    if n == 8:
        for c in first[0]:
            print("." * c + "Q" + "." * (n - c - 1))
