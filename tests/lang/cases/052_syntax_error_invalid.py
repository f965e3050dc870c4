# SyntaxError: invalid syntax with a caret
x = 1
if x == 1
    print(x)
