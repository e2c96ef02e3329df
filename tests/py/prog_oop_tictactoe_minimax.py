class Board:
    LINES = [(0,1,2),(3,4,5),(6,7,8),(0,3,6),(1,4,7),(2,5,8),(0,4,8),(2,4,6)]
    def __init__(self, cells=None): self.cells = list(cells or " " * 9)
    def __str__(self):
        rows = [" | ".join(self.cells[r*3:r*3+3]) for r in range(3)]
        return "\n---------\n".join(rows)
    def moves(self): return [i for i, c in enumerate(self.cells) if c == " "]
    def play(self, i, p):
        if self.cells[i] != " ": raise ValueError(f"cell {i} taken by {self.cells[i]}")
        b = Board(self.cells); b.cells[i] = p; return b
    def winner(self):
        for a, b, c in self.LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]: return self.cells[a]
        return None
    def full(self): return " " not in self.cells
    def __hash__(self): return hash("".join(self.cells))
    def __eq__(self, o): return self.cells == o.cells
memo = {}
def minimax(b, p):
    key = (b, p)
    if key in memo: return memo[key]
    w = b.winner()
    if w: r = (1 if w == "X" else -1, None)
    elif b.full(): r = (0, None)
    else:
        best = None
        for m in b.moves():
            s, _ = minimax(b.play(m, p), "O" if p == "X" else "X")
            if best is None or (p == "X" and s > best[0]) or (p == "O" and s < best[0]): best = (s, m)
        r = best
    memo[key] = r
    return r
b = Board(); p = "X"
while not b.winner() and not b.full():
    s, m = minimax(b, p); b = b.play(m, p); p = "O" if p == "X" else "X"
print(b); print("winner:", b.winner(), "states:", len(memo))
try: b.play(0, "X")
except ValueError as e: print(e)
print(minimax(Board("XX OO    "), "X"), minimax(Board("XX OO    "), "O"))
