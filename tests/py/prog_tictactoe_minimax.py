# tic-tac-toe minimax
def winner(b):
    lines = [(0,1,2),(3,4,5),(6,7,8),(0,3,6),(1,4,7),(2,5,8),(0,4,8),(2,4,6)]
    for a, b2, c in lines:
        if b[a] != " " and b[a] == b[b2] == b[c]: return b[a]
    return None
def minimax(b, player):
    w = winner(b)
    if w: return (1 if w == "X" else -1), None
    if " " not in b: return 0, None
    best = (-2, None) if player == "X" else (2, None)
    for i in range(9):
        if b[i] == " ":
            b[i] = player
            score, _ = minimax(b, "O" if player == "X" else "X")
            b[i] = " "
            if (player == "X" and score > best[0]) or (player == "O" and score < best[0]): best = (score, i)
    return best
board = list("X O  O  X".ljust(9))
print(minimax(board, "X"))
b = [" "] * 9; p = "X"
while not winner(b) and " " in b:
    _, mv = minimax(b, p); b[mv] = p; p = "O" if p == "X" else "X"
for r in range(3): print("|".join(b[r*3:r*3+3]))
print("winner:", winner(b))
