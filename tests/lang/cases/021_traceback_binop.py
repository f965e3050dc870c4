# caret anchors under binary operations
def compute(a, b):
    x = a * 2
    return x + b / 0
print(compute(1, 2))
