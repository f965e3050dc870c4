# if/elif/else, while/for with else, break/continue
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
else:
    print("no break")
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
for x in []:
    pass
else:
    print("empty for else")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no")
