# list, dict, set comprehensions and generator expressions
print([x * x for x in range(6) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(4)})
print({c for c in "mississippi"} == set("misp"))
print(sorted({c for c in "hello"}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
x = 10
print([x for x in range(3)], x)
print([y for y in (1, 2, 3) if (z := y * 2) > 2], z)
