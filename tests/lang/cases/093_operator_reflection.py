# reflected operators and NotImplemented
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.c})"
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1), sum([Money(1), Money(2)]))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __mul__(self, o):
        return Num(self.v * o)
n = Num(2)
m = n
n += 3
n *= 2
print(m.v, n.v, m is n)
