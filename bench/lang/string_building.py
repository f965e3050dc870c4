# string building with f-strings, join and concatenation
parts = []
for i in range(200000):
    parts.append(f"{i}:{i % 7}")
s = ",".join(parts)
t = ""
for i in range(50000):
    t += "x"
print(len(s), len(t))
