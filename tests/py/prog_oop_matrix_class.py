class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows): raise ValueError("ragged matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c): return cls([[0]*c for _ in range(r)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        if isinstance(idx, tuple): i, j = idx; return self.rows[i][j]
        return self.rows[idx]
    def __setitem__(self, idx, v): i, j = idx; self.rows[i][j] = v
    def __matmul__(self, o):
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2: raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k): return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def T(self): return Matrix(list(map(list, zip(*self.rows))))
    def __eq__(self, o): return self.rows == o.rows
    def __pow__(self, n):
        r = Matrix.identity(self.shape[0]); b = self
        while n:
            if n & 1: r = r @ b
            b = b @ b; n >>= 1
        return r
    def det(self):
        n = self.shape[0]
        if n == 1: return self[0, 0]
        if n == 2: return self[0,0]*self[1,1] - self[0,1]*self[1,0]
        return sum((-1)**j * self[0, j] * Matrix([r[:j] + r[j+1:] for r in self.rows[1:]]).det() for j in range(n))
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
A = Matrix([[1, 2], [3, 4]]); B = Matrix([[0, 1], [1, 0]])
print(A @ B); print(A + B); print(2 * A); print(A.T()); print(A.shape, A[1], A[1, 0], A == Matrix([[1,2],[3,4]]))
print(Matrix([[1,1],[1,0]]) ** 30); print(Matrix([[2,0,1],[1,3,2],[1,1,1]]).det(), Matrix.identity(3).det())
try: A @ Matrix([[1, 2, 3]])
except ValueError as e: print(e)
try: Matrix([[1], [1, 2]])
except ValueError as e: print(e)
m = Matrix.zeros(2, 3); m[1, 2] = 7.5; print(m)
