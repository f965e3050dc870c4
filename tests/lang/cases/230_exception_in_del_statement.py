# errors in del and nested structures
data = {"a": [1, 2]}
del data["a"][0]
print(data)
try:
    del data["b"][0]
except KeyError as e:
    print("KeyError", e)
