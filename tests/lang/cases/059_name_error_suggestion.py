# NameError shows CPython's "Did you mean" suggestion
values = [1, 2, 3]
print(len(valeus))
