# insert at various positions and extend with iterables
l = [1, 2, 3]
l.insert(-1, "x")
l.insert(100, "end")
l.insert(-100, "start")
l.extend(range(2))
l.extend("ab")
print(l, l.count("a"), l.index("x"))
