# raising and catching exceptions in a loop
class Oops(Exception):
    pass
def f(i):
    if i % 2:
        raise Oops(i)
    return i
caught = 0
for i in range(200000):
    try:
        f(i)
    except Oops:
        caught += 1
print(caught)
