# global declarations in nested functions
n = 0
def outer():
    def inner():
        global n
        n += 10
    inner()
    return n
print(outer(), n)
