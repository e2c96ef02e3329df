class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __iter__(self):
        for r in self.rows:
            yield from r
    def values(self):
        return (self[i, j] for i in range(3) for j in range(3))
m = Matrix([[1,2],[3,4]])
print(m[1,1], list(m))
print(sum(m.values()))
