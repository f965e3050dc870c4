# generator expressions as the sole argument
print(sum(x for x in range(5)), max(len(w) for w in "a bb ccc".split()), "".join(c.upper() for c in "abc"))
print(sorted((x % 3 for x in range(7)), reverse=True), set(x // 2 for x in range(6)), tuple(i for i in "hi"))
