# building strings several ways
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts), "-".join(map(str, range(3))), "%d%%" % 50)
s = ""
for c in "abc":
    s += c.upper()
print(s, s * 2, s[::-1].lower())
table = "\n".join(f"{k:<5}{v:>3}" for k, v in [("a", 1), ("bb", 22)])
print(table)
