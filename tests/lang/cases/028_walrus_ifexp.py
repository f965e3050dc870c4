# walrus operator and conditional expressions
data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print(f"list has {n} items")
while (item := data.pop()) != 12:
    print("popped", item)
print(data)
vals = [y for x in range(5) if (y := x * 3) % 2 == 0]
print(vals)
print("even" if 4 % 2 == 0 else "odd", 1 if False else 2 if True else 3)
