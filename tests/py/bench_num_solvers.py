import sys

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

PUZZLES = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "200080300060070084030500209000105408000000000402706000301007040720040060004010003",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "030050040008010500460000012070502080000603000040109030250000098001020600080060020",
    "100920000524010000000000070050008102000000000402700090060000000000030945000071006",
]

DIGITS = "123456789"


def build_units():
    cells = [(r, c) for r in range(9) for c in range(9)]
    units = {}
    allunits = []
    for r in range(9):
        allunits.append([(r, c) for c in range(9)])
    for c in range(9):
        allunits.append([(r, c) for r in range(9)])
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            allunits.append([(r, c) for r in range(br, br + 3) for c in range(bc, bc + 3)])
    for cell in cells:
        units[cell] = [u for u in allunits if cell in u]
    peers = {cell: set(x for u in units[cell] for x in u) - {cell} for cell in cells}
    return cells, units, peers


CELLS, UNITS, PEERS = build_units()


class Contradiction(Exception):
    pass


def assign(values, cell, d):
    for other in values[cell] - {d}:
        eliminate(values, cell, other)
    return values


def eliminate(values, cell, d):
    if d not in values[cell]:
        return
    values[cell] = values[cell] - {d}
    remaining = values[cell]
    if not remaining:
        raise Contradiction(cell)
    if len(remaining) == 1:
        (d2,) = remaining
        for p in PEERS[cell]:
            eliminate(values, p, d2)
    for unit in UNITS[cell]:
        places = [c for c in unit if d in values[c]]
        if not places:
            raise Contradiction(unit[0])
        if len(places) == 1:
            assign(values, places[0], d)


def parse(grid):
    values = {cell: frozenset(range(1, 10)) for cell in CELLS}
    for cell, ch in zip(CELLS, grid):
        if ch in DIGITS:
            assign(values, cell, int(ch))
    return values


def search(values, stats):
    if all(len(v) == 1 for v in values.values()):
        return values
    n, cell = min((len(values[c]), c) for c in CELLS if len(values[c]) > 1)
    for d in sorted(values[cell]):
        stats[0] += 1
        try:
            result = search(assign(dict(values), cell, d), stats)
        except Contradiction:
            continue
        if result:
            return result
    return None


def grid_str(values):
    return "".join(str(next(iter(values[c]))) for c in CELLS)


# --- DPLL SAT solver --------------------------------------------------------

def dpll(clauses, assignment, stats):
    while True:
        unit = None
        new = []
        for cl in clauses:
            sat = False
            lits = []
            for lit in cl:
                v = assignment.get(abs(lit))
                if v is None:
                    lits.append(lit)
                elif v == (lit > 0):
                    sat = True
                    break
            if sat:
                continue
            if not lits:
                return None
            if len(lits) == 1 and unit is None:
                unit = lits[0]
            new.append(lits)
        clauses = new
        if unit is None:
            break
        assignment[abs(unit)] = unit > 0
    if not clauses:
        return assignment
    counts = {}
    for cl in clauses:
        for lit in cl:
            counts[lit] = counts.get(lit, 0) + 1
    lit = max(counts, key=lambda l: (counts[l], -abs(l), l))
    for val in (lit > 0, lit <= 0):
        stats[0] += 1
        a2 = dict(assignment)
        a2[abs(lit)] = val
        r = dpll(clauses, a2, stats)
        if r is not None:
            return r
    return None


def pigeon_free_instance(nvars, nclauses, seed):
    state = seed
    clauses = []
    for _ in range(nclauses):
        cl = []
        while len(cl) < 3:
            state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            v = (state >> 33) % nvars + 1
            if v in cl or -v in cl:
                continue
            cl.append(v if (state >> 20) & 1 else -v)
        clauses.append(tuple(cl))
    return clauses


def check(clauses, a):
    return all(any(a.get(abs(l), False) == (l > 0) for l in cl) for cl in clauses)


def main():
    for _ in range(SCALE):
        for p in PUZZLES:
            stats = [0]
            sol = search(parse(p), stats)
            print(grid_str(sol)[:27], stats[0])
    for i in range(3 * SCALE):
        cls = pigeon_free_instance(40, 170, 1000 + i)
        stats = [0]
        r = dpll(cls, {}, stats)
        if r is None:
            print("sat", i, "UNSAT", stats[0])
        else:
            print("sat", i, "SAT", stats[0], check(cls, r), sum(1 for v in r.values() if v))


if __name__ == "__main__":
    main()
