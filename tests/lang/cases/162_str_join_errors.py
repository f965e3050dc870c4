# join requires strings
try:
    ", ".join([1, 2])
except TypeError as e:
    print(e)
print(", ".join([]), "".join(("a", "b")), "|".join({"k": 1}))
