# set comprehensions of ints print in CPython's order
print({x * x for x in range(-4, 5)}, {x % 7 for x in range(30, 0, -4)})
