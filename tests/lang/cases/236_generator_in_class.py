# generator methods and properties returning generators
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def cells(self):
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                yield (r, c), v
    @property
    def diagonal(self):
        return (self.rows[i][i] for i in range(len(self.rows)))
m = Matrix([[1, 2], [3, 4]])
print(dict(m.cells()), list(m.diagonal))
