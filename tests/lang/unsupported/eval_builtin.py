# eval() is outside the supported subset
print(eval("1 + 2"))
