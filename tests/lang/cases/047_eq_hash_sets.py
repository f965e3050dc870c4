# objects in sets and dicts use __eq__ and __hash__
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return f"P({self.x})"
s = {P(1), P(2), P(1)}
print(len(s), P(1) in s, P(3) in s)
d = {P(1): "one"}
print(d[P(1)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, len({(1, 2), (1, 2)}))
print({1: "a", True: "b", 1.0: "c"})
