# hexiom: solve Hexiom-style puzzles by exhaustive search: numbered tiles must
# be placed on a hexagonal board so that each tile's number equals the count
# of its occupied neighbours (backtracking with bound pruning, dicts of tile
# counts, lists, recursion). The puzzles are made from random layouts
# (random.seed per puzzle); every solution found is verified independently.
# Size: the number of puzzles (radius-2 and radius-3 boards alternating).
# Check: each puzzle has at least its generating layout as a solution, every
# solution verifies, and the solution counts match CPython's figures.
import sys


def bench_size(default, smoke):
    """The problem size: --size N (or --size smoke), else COIL_BENCH_SIZE."""
    val = None
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--size" and i + 1 < len(args):
            val = args[i + 1]
        elif a.startswith("--size="):
            val = a[7:]
    if val is None:
        try:
            import os
            val = os.environ.get("COIL_BENCH_SIZE")
        except ImportError:
            val = None
    if not val:
        return default
    if val == "smoke":
        return smoke
    return int(val)


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check_close(what, got, want, rel=1e-9):
    if abs(got - want) > rel * max(1.0, abs(want)):
        fail("%s: got %r, expected %r" % (what, got, want))
import random

DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class HexBoard:
    def __init__(self, radius):
        self.cells = [(q, r) for q in range(-radius, radius + 1)
                      for r in range(-radius, radius + 1) if abs(q + r) <= radius]
        index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            self.neighbours.append([index[(q + dq, r + dr)] for dq, dr in DIRS
                                    if (q + dq, r + dr) in index])
        # Search from the centre outwards so that constraints close early.
        self.order = sorted(range(len(self.cells)),
                            key=lambda i: (max(abs(self.cells[i][0]), abs(self.cells[i][1]),
                                               abs(self.cells[i][0] + self.cells[i][1])), i))

    def numbers_for(self, occupied):
        """The tile numbers a layout implies (None for empty cells)."""
        return [sum(1 for nb in self.neighbours[i] if occupied[i] and occupied[nb] or False)
                if occupied[i] else None for i in range(len(self.cells))]


class Solver:
    def __init__(self, board, tiles, empties, fixed):
        self.board = board
        self.counts = {}
        for t in tiles:
            self.counts[t] = self.counts.get(t, 0) + 1
        self.empties = empties
        self.state = [None] * len(board.cells)
        for cell, v in fixed.items():
            self.state[cell] = v
        self.order = [c for c in board.order if c not in fixed]
        self.solutions = []
        self.nodes = 0

    def consistent(self, cell):
        state = self.state
        nbs = self.board.neighbours
        for c in [cell] + nbs[cell]:
            v = state[c]
            if v is None or v < 0:
                continue
            occ = und = 0
            for nb in nbs[c]:
                s = state[nb]
                if s is None:
                    und += 1
                elif s >= 0:
                    occ += 1
            if v < occ or v > occ + und:
                return False
        return True

    def search(self, i):
        self.nodes += 1
        order = self.order
        if i == len(order):
            self.solutions.append(self.state[:])
            return
        cell = order[i]
        if self.empties:
            self.empties -= 1
            self.state[cell] = -1
            if self.consistent(cell):
                self.search(i + 1)
            self.empties += 1
        counts = self.counts
        for v in sorted(counts):
            if counts[v] == 0:
                continue
            counts[v] -= 1
            self.state[cell] = v
            if self.consistent(cell):
                self.search(i + 1)
            counts[v] += 1
        self.state[cell] = None


def verify(board, state):
    for i, v in enumerate(state):
        if v is None:
            return False
        if v >= 0 and v != sum(1 for nb in board.neighbours[i] if state[nb] >= 0):
            return False
    return True


def make_puzzle(board, seed, fill, locked):
    """A random layout; `locked` of its cells are given (fixed), the tiles
    of the others are shuffled into the pool to be placed."""
    rng = random.Random(seed)
    n = len(board.cells)
    occupied = [False] * n
    for i in rng.sample(range(n), int(n * fill)):
        occupied[i] = True
    layout = [(-1 if v is None else v) for v in board.numbers_for(occupied)]
    fixed = {i: layout[i] for i in rng.sample(range(n), locked)}
    tiles = [layout[i] for i in range(n) if i not in fixed and layout[i] >= 0]
    rng.shuffle(tiles)
    empties = sum(1 for i in range(n) if i not in fixed and layout[i] < 0)
    return tiles, empties, fixed, layout


EXPECTED = {
    2: [(18, 18767), (4, 12224)],
    14: [(18, 18767), (4, 12224), (8, 56209), (1, 4659), (143, 57064), (3, 25545),
         (86, 31434), (9, 10558), (76, 96225), (1, 36054), (38, 59702), (8, 115560),
         (76, 95776), (40, 13177)],
}


def main():
    puzzles = bench_size(14, 2)
    boards = [HexBoard(2), HexBoard(3)]
    locks = [2, 12]
    report = []
    for p in range(puzzles):
        board = boards[p % 2]
        tiles, empties, fixed, layout = make_puzzle(board, 1000 + p, 0.6, locks[p % 2])
        solver = Solver(board, tiles, empties, fixed)
        solver.search(0)
        if layout not in solver.solutions:
            fail("puzzle %d: the generating layout was not found" % p)
        for s in solver.solutions:
            if not verify(board, s):
                fail("puzzle %d: a wrong solution %r" % (p, s))
        report.append((len(solver.solutions), solver.nodes))
    print("hexiom: %d puzzles, (solutions, nodes): %r" % (puzzles, report))
    if puzzles in EXPECTED and report != EXPECTED[puzzles]:
        fail("expected %r" % (EXPECTED[puzzles],))


main()
