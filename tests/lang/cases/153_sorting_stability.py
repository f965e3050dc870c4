# sort stability and multi-key sorts
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda x: x[1]))
print(sorted(data))
data.sort(key=lambda x: x[0])
data.sort(key=lambda x: x[1], reverse=True)
print(data)
