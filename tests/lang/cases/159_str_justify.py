# justification and zero fill
for w in ["a", "abc", "abcdef"]:
    print(repr(w.ljust(5, ".")), repr(w.rjust(5)), repr(w.center(5, "*")))
print("-5".zfill(4), "+3".zfill(3), "abc".zfill(2))
