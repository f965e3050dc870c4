# method calls on instances
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self
c = Counter()
for i in range(500000):
    c.inc(1).inc(2)
print(c.n)
