# operator overloading and the data model
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return Vec(-self.x, -self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, k): return self.x * k
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a != b, a < b, sorted([b, a]))
print(len(a), a[0], list(a), bool(Vec(0, 0)), 2 in a, a(10))
print(str(a), repr(a), f"{a}", [a])
print({a: 1}[Vec(1, 2)], max([a, b]))
x, y = b
print(x, y)
