# UnboundLocalError and NameError messages
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def g():
    y = 1
    def h():
        return y
    del y
    return h()
try:
    g()
except NameError as e:
    print("NameError:", e)
