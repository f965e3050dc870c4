# a dict subclass with __missing__ and extra methods
class Tally(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
    def add(self, key):
        self[key] += 1
        return self
t = Tally()
for w in "a b a c a b".split():
    t.add(w)
print(t, t["zzz"], len(t), max(t, key=t.get))
