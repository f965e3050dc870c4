# += on a long str through every kind of target: global, local, closure cell, attribute, subscript.
g = "g" * 300
h = g


def local_append():
    t = "L" * 300
    keep = t
    for i in range(50):
        t += "."
    return len(keep), len(t), keep.count("."), t.count(".")


def nonlocal_append():
    t = "N" * 300
    def add(x):
        nonlocal t
        t += x
    for i in range(30):
        add("+")
    return t


def global_append():
    global g
    for i in range(20):
        g += "-"


class Box:
    def __init__(self):
        self.text = "B" * 300


global_append()
print(len(g), len(h), g.count("-"), h.count("-"))
print(local_append())
r = nonlocal_append()
print(len(r), r[-3:], r.count("+"))

b = Box()
old = b.text
for i in range(25):
    b.text += str(i)
print(len(b.text), len(old), b.text[-4:], old[-2:])

items = ["I" * 300, "J" * 300]
saved = items[1]
for i in range(10):
    items[1] += "j"
print(len(items[0]), len(items[1]), len(saved), items[1][-2:])

table = {"k": "V" * 300}
snap = table["k"]
for i in range(10):
    table["k"] += "v"
print(len(table["k"]), len(snap), table["k"][-3:], snap[-3:])

# a string appended to itself and to its own earlier copies
x = "ab" * 150
y = x
x += x
x += y
print(len(x), x[:4], x[-4:], x.count("ab"))

# the same prefix shared by two branches
p = "p" * 300
q1 = p + "one"
q2 = p + "two"
q1 += "!"
print(q1[-5:], q2[-5:], len(q1), len(q2), q1[:300] == q2[:300])

# identity and hashing through sets
seen = set()
z = "z" * 255
for i in range(5):
    z += "z"
    seen.add(z)
print(len(seen), sorted(len(s) for s in seen), ("z" * 258) in seen)

# empty pieces
e = "e" * 300
print(e + "" == e, "" + e == e, len(e + "" + e))
