# simple statements on one line
x = 1; y = 2; print(x + y)
if x: print("inline if")
for i in range(2): print("inline for", i)
while x < 3: x += 1
print(x)
def f(): return "one-liner"
class C: pass
print(f(), C.__name__)
