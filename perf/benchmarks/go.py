# go: a Monte Carlo Go player on a 9x9 board: for each move it samples
# candidate points, runs random playouts from each and plays the best
# (lists, classes, flood fills, random.randrange/sample). Size: the number of
# moves of the game played. Check: the board's consistency after every move
# (every group has a liberty, the empty list matches the board), and a digest
# of the final position under random.seed(42) (CPython's figures).
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

EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


def make_neighbours(size):
    nbs = []
    for pos in range(size * size):
        r, c = divmod(pos, size)
        lst = []
        if r > 0:
            lst.append(pos - size)
        if r < size - 1:
            lst.append(pos + size)
        if c > 0:
            lst.append(pos - 1)
        if c < size - 1:
            lst.append(pos + 1)
        nbs.append(lst)
    return nbs


class Board:
    def __init__(self, size, neighbours=None):
        self.size = size
        self.neighbours = neighbours or make_neighbours(size)
        self.colors = [EMPTY] * (size * size)
        self.empties = list(range(size * size))
        self.where = list(range(size * size))   # index of each empty point in empties
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.size = self.size
        b.neighbours = self.neighbours
        b.colors = self.colors[:]
        b.empties = self.empties[:]
        b.where = self.where[:]
        b.ko = self.ko
        b.to_move = self.to_move
        b.passes = self.passes
        b.moves = self.moves
        return b

    def _take(self, pos):
        i = self.where[pos]
        last = self.empties.pop()
        if last != pos:
            self.empties[i] = last
            self.where[last] = i

    def _give(self, pos):
        self.where[pos] = len(self.empties)
        self.empties.append(pos)

    def group(self, pos):
        """The stones connected to pos and their liberties."""
        colors = self.colors
        nbs = self.neighbours
        color = colors[pos]
        stones = [pos]
        seen = {pos}
        libs = set()
        i = 0
        while i < len(stones):
            for nb in nbs[stones[i]]:
                c = colors[nb]
                if c == EMPTY:
                    libs.add(nb)
                elif c == color and nb not in seen:
                    seen.add(nb)
                    stones.append(nb)
            i += 1
        return stones, libs

    def is_eye(self, pos, color):
        colors = self.colors
        for nb in self.neighbours[pos]:
            if colors[nb] != color:
                return False
        return True

    def play(self, pos):
        """Plays pos (-1 passes) for the side to move; False if illegal."""
        if pos < 0:
            self.passes += 1
            self.ko = -1
            self.to_move = 3 - self.to_move
            self.moves += 1
            return True
        colors = self.colors
        if colors[pos] != EMPTY or pos == self.ko:
            return False
        me = self.to_move
        other = 3 - me
        colors[pos] = me
        captured = []
        for nb in self.neighbours[pos]:
            if colors[nb] == other:
                stones, libs = self.group(nb)
                if not libs:
                    for s in stones:
                        colors[s] = EMPTY
                        self._give(s)
                    captured.extend(stones)
        stones, libs = self.group(pos)
        if not libs:
            colors[pos] = EMPTY        # suicide; nothing was captured
            return False
        self._take(pos)
        if len(captured) == 1 and len(stones) == 1 and len(libs) == 1:
            self.ko = captured[0]
        else:
            self.ko = -1
        self.to_move = other
        self.passes = 0
        self.moves += 1
        return True

    def random_move(self):
        empties = self.empties
        n = len(empties)
        if n:
            me = self.to_move
            start = random.randrange(n)
            for k in range(n):
                pos = empties[(start + k) % n]
                if not self.is_eye(pos, me) and self.play(pos):
                    return pos
        self.play(-1)
        return -1

    def playout(self):
        limit = 3 * self.size * self.size
        while self.passes < 2 and self.moves < limit:
            self.random_move()

    def score(self):
        """Area score: black minus white, komi included."""
        colors = self.colors
        black = white = 0
        for pos in range(len(colors)):
            c = colors[pos]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            elif self.is_eye(pos, BLACK):
                black += 1
            elif self.is_eye(pos, WHITE):
                white += 1
        return black - white - KOMI

    def check(self):
        colors = self.colors
        for pos in range(len(colors)):
            if colors[pos] != EMPTY:
                stones, libs = self.group(pos)
                if not libs:
                    fail("group at %d has no liberty" % pos)
        if sorted(self.empties) != [p for p in range(len(colors)) if colors[p] == EMPTY]:
            fail("empty list out of step with the board")
        for i, p in enumerate(self.empties):
            if self.where[p] != i:
                fail("index of empty point %d is wrong" % p)

    def __str__(self):
        chars = ".XO"
        n = self.size
        return "\n".join("".join(chars[c] for c in self.colors[r * n:(r + 1) * n]) for r in range(n))


class MonteCarloPlayer:
    def __init__(self, candidates, playouts):
        self.candidates = candidates
        self.playouts = playouts

    def choose(self, board):
        me = board.to_move
        options = [p for p in board.empties if not board.is_eye(p, me)]
        if not options:
            return -1
        if len(options) > self.candidates:
            options = random.sample(options, self.candidates)
        best, best_rate = -1, -1.0
        for pos in options:
            trial = board.copy()
            if not trial.play(pos):
                continue
            wins = 0
            for _ in range(self.playouts):
                b = trial.copy()
                b.playout()
                s = b.score()
                if (s > 0) == (me == BLACK):
                    wins += 1
            rate = wins / self.playouts
            if rate > best_rate:
                best, best_rate = pos, rate
        return best


EXPECTED = {2: 45513535, 8: 467387607}


def main():
    moves = bench_size(8, 2)
    random.seed(42)
    board = Board(9)
    player = MonteCarloPlayer(10, 6)
    for _ in range(moves):
        pos = player.choose(board)
        if not board.play(pos):
            fail("the player chose an illegal move %d" % pos)
        board.check()
    text = str(board)
    digest = 0
    for ch in text:
        digest = (digest * 131 + ord(ch)) % 1000000007
    print("go: %d moves, score %+.1f, digest %d" % (moves, board.score(), digest))
    print(text)
    if moves in EXPECTED and digest != EXPECTED[moves]:
        fail("expected digest %d" % EXPECTED[moves])


main()
