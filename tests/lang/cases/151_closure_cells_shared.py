# closures share cells
def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def get():
        return count
    return inc, get
inc, get = make()
inc(); inc(); inc()
print(get())
def outer():
    v = 1
    def show():
        return v
    v = 2
    return show
print(outer()())
print(outer().__closure__ is not None, len(outer().__closure__))
