# class vs instance attributes, shared mutable defaults
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, Bag.items is a.items)
class Counter:
    total = 0
    def inc(self):
        self.total += 1
c = Counter()
c.inc(); c.inc()
print(c.total, Counter.total, "total" in vars(c))
Counter.total = 10
print(Counter().total, c.total)
