# and/or return operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or [] or 0)
x = None
name = x or "anonymous"
print(name, (x is None) and "missing", not not [1])
