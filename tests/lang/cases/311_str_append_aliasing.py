# Long strings built by += must behave as immutable values: every earlier reference keeps its text.
t = "a" * 300
a = t
t += "x"
print(len(a), len(t), a[-1], t[-1], a is t, a == t[:-1])

snapshots = []
for i in range(40):
    t += str(i % 10)
    snapshots.append(t)
print([len(s) for s in snapshots[:5]], len(snapshots[-1]))
print(snapshots[0][-3:], snapshots[10][-3:], snapshots[-1][-3:])
print(all(snapshots[i + 1].startswith(snapshots[i]) for i in range(39)))

# prepending
u = "z" * 260
v = u
for i in range(5):
    u = str(i) + u
print(u[:8], len(u), len(v), v[:3])

# keys of dicts and sets, before and after appending to the same name
base = "k" * 400
d = {base: 1}
key = base
base += "!"
d[base] = 2
print(len(d), d[key], d["k" * 400 + "!"], ("k" * 400) in d)
s = {base, key, "k" * 400, "k" * 400 + "!"}
print(len(s), hash(base) == hash("k" * 400 + "!"), hash(key) == hash("k" * 400))

# searching, slicing, comparing and formatting the result
w = ""
for i in range(1000):
    w += chr(97 + i % 26)
print(len(w), w.find("xyz"), w.rfind("abc"), w.count("q"), w[500:505], w[-3:])
print(w.upper()[:5], w.split("z")[1][:4], w.replace("a", "")[:4], w.encode()[:3])
print(w == "".join(chr(97 + i % 26) for i in range(1000)), w < w + "a", w > w[:-1])
print(f"{w[:3]}|{len(w):>6}|{w!r:.5}", "%s" % w[-2:], "{}".format(w[10:12]))
print(repr(w)[:6], str(w)[:3], list(w)[:3], w[::100], next(reversed(w)))
print(w.startswith("abc"), w.endswith("l"), "ll" in w, w.index("b"), sorted(set(w))[:3])

# non-ASCII text keeps its code point length exact
m = "é" * 200
for i in range(100):
    m += "ü€"
print(len(m), m[199], m[200], m[-1], m.count("€"), len(m.encode()))
