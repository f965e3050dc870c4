# SyntaxError: '[' was never closed
items = [1, 2,
print(items)
