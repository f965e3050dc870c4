# __iter__/__next__ and iteration helpers
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
for i in Countdown(2):
    print("tick", i)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Seq()))
a, b, c = Countdown(3)
print(a, b, c)
print(list(zip(Countdown(3), "abc")), dict(enumerate("xy")))
