# every augmented operator
x = 17
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "|=", "&=", "^="]:
    y = x
    if op == "+=": y += 3
    elif op == "-=": y -= 3
    elif op == "*=": y *= 3
    elif op == "//=": y //= 3
    elif op == "%=": y %= 3
    elif op == "**=": y **= 3
    elif op == "<<=": y <<= 3
    elif op == ">>=": y >>= 3
    elif op == "|=": y |= 3
    elif op == "&=": y &= 3
    elif op == "^=": y ^= 3
    print(op, y)
z = 7.0
z /= 2
print(z)
