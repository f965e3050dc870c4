# comparison chains with objects implementing rich comparisons
class V:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        print(f"{self.x}<{o.x}")
        return self.x < o.x
a, b, c = V(1), V(2), V(3)
print(a < b < c)
print(c < b < a)
