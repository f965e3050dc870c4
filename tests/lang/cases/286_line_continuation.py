# backslash and bracket continuations
total = 1 + \
        2 + \
        3
items = [
    1,
    2,
]
call = max(
    4,
    5)
print(total, items, call)
if total > 5 and \
   call == 5:
    print("both")
