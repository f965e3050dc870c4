# nonlocal through several levels
def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x += 100
        c()
        return x
    return b()
print(a())
