# breaking out of a for loop leaves the generator suspended until closed
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalised")
it = g()
for v in it:
    if v == 2:
        break
print("loop done")
it.close()
print("closed")
