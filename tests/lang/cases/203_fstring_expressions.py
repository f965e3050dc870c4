# f-strings evaluate arbitrary expressions
items = [1, 2, 3]
d = {"a": 1}
print(f"{len(items)} {items[-1]} {sum(items) / len(items):.2f} {'yes' if items else 'no'}")
print(f"{d['a'] + 1} {[x * 2 for x in items]} {(lambda v: v * 3)(2)} {items!r:>12}")
print(f"{3.14159:{'.2f'}} {'x':{'>'}{4}}|", f"{{{items[0]}}}", f"{'a' 'b'}")
name = "w"
print(f"{name=}", f"{1 + 1 = }", f"{name!r:^9}|")
