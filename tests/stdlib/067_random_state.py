import random

random.seed(10)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
r = random.Random(5)
r.gauss()
s = r.getstate()
print(s[2] is not None, r.gauss() == (r.setstate(s) or r.gauss()))
try:
    r.setstate((9, (), None))
except ValueError as e:
    print("ValueError", e)
