# recursive data: self-referencing lists print with ellipsis
a = [1, 2]
a.append(a)
print(a)
d = {}
d["self"] = d
print(d)
